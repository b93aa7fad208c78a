// `npm run newsflow -- ingest <file-or-url>`: push into the running pipeline, print the published article.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseCliArguments, USAGE, type IngestCommand } from './cli-arguments';
import { buildPushRequest, isUrl } from './push-request';

const ingestUrl = process.env.NEWSFLOW_INGEST_URL ?? 'http://127.0.0.1:3001';
const apiUrl = process.env.NEWSFLOW_API_URL ?? 'http://127.0.0.1:3000';
const demoKeyFile = path.join(
  process.env.NEWSFLOW_STATE_DIR ?? path.join(os.homedir(), '.local/share/newsflow'),
  'demo-api-key',
);

/** NEWSFLOW_API_KEY, else the key `npm start` made for this machine's demo. */
function apiKey(): string {
  const key =
    process.env.NEWSFLOW_API_KEY ??
    (existsSync(demoKeyFile) ? readFileSync(demoKeyFile, 'utf8').trim() : '');
  if (!key)
    throw new Error(
      `set NEWSFLOW_API_KEY to a read-api key (npm start writes one to ${demoKeyFile})`,
    );
  return key;
}

async function ingest(command: IngestCommand): Promise<void> {
  const contents = isUrl(command.target) ? null : await readFile(command.target, 'utf8');
  const response = await fetch(`${ingestUrl}/v1/articles`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(buildPushRequest(command, contents)),
  });
  const answer = (await response.json()) as { articleId?: string; message?: unknown };
  if (!response.ok || !answer.articleId) {
    throw new Error(
      `feed-ingestion refused the article (${response.status}): ${JSON.stringify(answer.message ?? answer)}`,
    );
  }
  process.stderr.write(`ingested as ${answer.articleId}; waiting for it to be published…\n`);
  const headers = { authorization: `Bearer ${apiKey()}` };
  const deadline = Date.now() + command.timeoutSeconds * 1000;
  while (Date.now() < deadline) {
    const article = await fetch(`${apiUrl}/v1/articles/${answer.articleId}`, { headers });
    if (article.ok) {
      process.stdout.write(`${JSON.stringify(await article.json(), null, 2)}\n`);
      return;
    }
    if (article.status !== 404)
      throw new Error(`read-api answered ${article.status}: ${await article.text()}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(
    `${answer.articleId} was not published within ${command.timeoutSeconds}s. If the same text is already stored ` +
      "under another source or URL it was dropped as an exact duplicate; otherwise check the services' logs.",
  );
}

async function main(): Promise<void> {
  const command = parseCliArguments(process.argv.slice(2));
  if (command.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  await ingest(command);
}

main().catch((error: unknown) => {
  process.stderr.write(`newsflow: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
