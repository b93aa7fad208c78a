import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { loggerOptions } from './logger-options';

const QUIET_PATHS = new Set(['/health/live', '/health/ready', '/metrics']);

@Module({})
export class LoggingModule {
  static forRoot(serviceName: string, level: string): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            ...loggerOptions(serviceName, level),
            // Probes and scrapes hit every few seconds; logging them would drown real requests.
            autoLogging: { ignore: (req) => QUIET_PATHS.has(req.url ?? '') },
          },
        }),
      ],
      exports: [LoggerModule],
    };
  }
}
