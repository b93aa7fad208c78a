import type { IngestCommand } from './cli-arguments';

/** The body of POST /v1/articles for a command, given the file's contents when the target is a file. */
export function buildPushRequest(
  command: IngestCommand,
  fileContents: string | null,
): Record<string, string> {
  const body: Record<string, string> = {};
  if (fileContents === null) {
    body.url = command.target;
  } else {
    if (/\.x?html?$/i.test(command.target) || /^\s*<(!doctype|html)/i.test(fileContents))
      body.html = fileContents;
    else body.text = fileContents;
    if (command.url) body.url = command.url;
  }
  if (command.source) body.source = command.source;
  if (command.title) body.title = command.title;
  if (command.publishedAt) body.publishedAt = command.publishedAt;
  return body;
}

export function isUrl(target: string): boolean {
  return /^https?:\/\//i.test(target);
}
