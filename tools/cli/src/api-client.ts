import { readFile } from 'node:fs/promises';
import type { ApiCall, CliContext } from './commands/command-group';

/** An HTTP answer outside 2xx: printed with read-api's own explanation, exit code 1. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly body: string,
    call: ApiCall,
  ) {
    super(`${call.method} ${call.path.split('?')[0] ?? ''} answered ${status}: ${explain(body)}`);
  }
}

/** Sends the call (following every page when asked) and returns what to print. */
export async function runApiCall(call: ApiCall, context: CliContext): Promise<string> {
  if (!call.allPages) return call.render(await send(call, context));
  const items: unknown[] = [];
  let path = call.path;
  for (;;) {
    const page = (await send({ ...call, path }, context)) as {
      items: unknown[];
      nextCursor: string | null;
    };
    items.push(...page.items);
    if (!page.nextCursor) return call.render(items);
    const url = new URL(call.path, 'http://x');
    url.searchParams.set('cursor', page.nextCursor);
    path = `${url.pathname}${url.search}`;
  }
}

async function send(call: ApiCall, context: CliContext): Promise<unknown> {
  const headers: Record<string, string> = { authorization: `Bearer ${context.apiKey()}` };
  let body: string | Buffer | undefined;
  if (call.upload) {
    body = await readFile(call.upload.file);
    headers['content-type'] = call.upload.contentType;
  } else if (call.json !== undefined) {
    body = JSON.stringify(call.json);
    headers['content-type'] = 'application/json';
  }
  let response: Response;
  try {
    response = await fetch(`${context.apiUrl}${call.path}`, {
      method: call.method,
      headers,
      ...(body !== undefined && { body }),
    });
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause?.message ?? String(error);
    throw new Error(`cannot reach read-api at ${context.apiUrl} (${cause}); is it running?`, {
      cause: error,
    });
  }
  const text = await response.text();
  if (!response.ok) throw new ApiError(response.status, text, call);
  if (text === '') return null;
  return (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text;
}

/** read-api's error body in one readable piece: the message and each listed problem. */
export function explain(body: string): string {
  try {
    const parsed = JSON.parse(body) as { message?: unknown; problems?: unknown };
    const message = Array.isArray(parsed.message)
      ? parsed.message.join('; ')
      : typeof parsed.message === 'string'
        ? parsed.message
        : body;
    const problems = Array.isArray(parsed.problems)
      ? parsed.problems.map((problem) => `\n  - ${String(problem)}`).join('')
      : '';
    return `${message}${problems}`;
  } catch {
    return body.slice(0, 500) || '(empty answer)';
  }
}
