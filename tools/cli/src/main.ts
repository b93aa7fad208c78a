// `npm run newsflow -- <group> <command>`: the admin CLI for a running Newsflow (see cli-dispatcher).
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runApiCall } from './api-client';
import { extractGlobalOptions, parseCommandLine } from './cli-dispatcher';
import { UsageError, type CliContext } from './commands/command-group';

const demoKeyFile = path.join(
  process.env.NEWSFLOW_STATE_DIR ?? path.join(os.homedir(), '.local/share/newsflow'),
  'demo-api-key',
);

async function main(): Promise<void> {
  const { options, rest } = extractGlobalOptions(process.argv.slice(2));
  const context: CliContext = {
    apiUrl: options.apiUrl ?? process.env.NEWSFLOW_API_URL ?? 'http://127.0.0.1:3000',
    ingestUrl: process.env.NEWSFLOW_INGEST_URL ?? 'http://127.0.0.1:3001',
    // --api-key, NEWSFLOW_API_KEY, else the key `npm start` made for this machine's demo.
    apiKey: () => {
      const key =
        options.apiKey ??
        process.env.NEWSFLOW_API_KEY ??
        (existsSync(demoKeyFile) ? readFileSync(demoKeyFile, 'utf8').trim() : '');
      if (!key)
        throw new Error(
          `set NEWSFLOW_API_KEY or --api-key to a read-api key (npm start writes one to ${demoKeyFile})`,
        );
      return key;
    },
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  };
  const action = parseCommandLine(rest);
  if (action.kind === 'help') context.out(action.text);
  else if (action.kind === 'run') await action.run(context);
  else context.out(await runApiCall(action.call, context));
}

main().catch((error: unknown) => {
  process.stderr.write(`newsflow: ${error instanceof Error ? error.message : String(error)}\n`);
  // 2: the command line was wrong; 1: the request failed (an HTTP error, an unreachable API).
  process.exit(error instanceof UsageError ? 2 : 1);
});
