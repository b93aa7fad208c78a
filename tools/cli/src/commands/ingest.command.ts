import { readFile } from 'node:fs/promises';
import { INGEST_USAGE, parseIngestArguments, type IngestCommand } from '../cli-arguments';
import { buildPushRequest, isUrl } from '../push-request';
import type { CliContext, CommandGroup } from './command-group';

async function ingest(command: IngestCommand, context: CliContext): Promise<void> {
  const contents = isUrl(command.target) ? null : await readFile(command.target, 'utf8');
  const response = await fetch(`${context.ingestUrl}/v1/articles`, {
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
  context.err(`ingested as ${answer.articleId}; waiting for it to be published…`);
  const headers = { authorization: `Bearer ${context.apiKey()}` };
  const deadline = Date.now() + command.timeoutSeconds * 1000;
  while (Date.now() < deadline) {
    const article = await fetch(`${context.apiUrl}/v1/articles/${answer.articleId}`, { headers });
    if (article.ok) {
      context.out(JSON.stringify(await article.json(), null, 2));
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

export const ingestCommand: CommandGroup = {
  name: 'ingest',
  summary: 'push a file or URL into the pipeline and print the published article',
  usage: INGEST_USAGE,
  parse(argv) {
    const command = parseIngestArguments(argv);
    if (command.kind === 'help') return { kind: 'help', text: INGEST_USAGE };
    return { kind: 'run', run: (context) => ingest(command, context) };
  },
};
