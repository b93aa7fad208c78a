// `npm run newsflow -- ingest <file-or-url>`: push into the running pipeline, print the published article.
import { readFile } from 'node:fs/promises';
import { parseCliArguments, USAGE, type IngestCommand } from './cli-arguments';
import { buildPushRequest, isUrl } from './push-request';

const ingestUrl = process.env.NEWSFLOW_INGEST_URL ?? 'http://127.0.0.1:3001';
const apiUrl = process.env.NEWSFLOW_API_URL ?? 'http://127.0.0.1:3000';

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
  const deadline = Date.now() + command.timeoutSeconds * 1000;
  while (Date.now() < deadline) {
    const article = await fetch(`${apiUrl}/v1/articles/${answer.articleId}`);
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
