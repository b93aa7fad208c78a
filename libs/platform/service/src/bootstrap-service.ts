import 'reflect-metadata';
import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { PlatformConfig } from '@newsflow/platform-config';
import { Logger } from '@newsflow/platform-logging';

/**
 * Start-up shared by every service: pino as the Nest logger, listen, and a graceful SIGTERM —
 * consumers finish in-flight work, commit and leave their group, then the process exits 0.
 * A shutdown that outlives SHUTDOWN_TIMEOUT_MS exits 1 so the orchestrator sees it.
 */
export async function bootstrapService(
  appModule: Type | DynamicModule,
  config: PlatformConfig,
  configure: (app: INestApplication) => void = () => undefined,
): Promise<INestApplication> {
  const app = await NestFactory.create(appModule, { bufferLogs: true });
  const logger = app.get(Logger);
  app.useLogger(logger);
  configure(app);
  await app.listen(config.http.port, config.http.host);
  logger.log(`${config.serviceName} listening on http://${config.http.host}:${config.http.port}`);

  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.log(`${signal} received: finishing in-flight work`);
      setTimeout(() => {
        logger.error(`shutdown took longer than ${config.shutdownTimeoutMs} ms, exiting`);
        process.exit(1);
      }, config.shutdownTimeoutMs).unref();
      // app.close() runs the shutdown hooks: consumers stop (commit, leave group), then producer and store.
      app.close().then(
        () => {
          logger.log('shutdown complete');
          process.exit(0);
        },
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
  return app;
}

/** Runs `main`, printing a start-up failure (e.g. a ConfigError) plainly and exiting 1. */
export function runService(main: () => Promise<unknown>): void {
  main().catch((error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  });
}
