// `npx tsx tools/demo/src/main.ts [--port 8700] [--host 127.0.0.1]`: serve the demo news source
// until SIGINT/SIGTERM. Prints only the feed URL on stdout, so scripts can capture it.
import { parseArgs } from 'node:util';
import { startDemoSource } from './demo-source.server';

// A fixed default lets `npm start` configure the feed URL before the server is up.
const DEFAULT_PORT = 8700;

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { port: { type: 'string' }, host: { type: 'string' } },
  });
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error('--port must be an integer from 0 to 65535');
  const source = await startDemoSource({
    port,
    ...(values.host === undefined ? {} : { host: values.host }),
  });
  process.stdout.write(`${source.feedUrl}\n`);
  process.stderr.write(`demo source serving ${source.baseUrl}; Ctrl-C to stop\n`);
  const stop = (): void => {
    source.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
