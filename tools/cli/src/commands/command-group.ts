/** One HTTP request to read-api that a command stands for, and how to print its answer. */
export interface ApiCall {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Path and query, e.g. `/v1/feeds?health=broken`; values already URL-encoded. */
  readonly path: string;
  readonly json?: unknown;
  /** A local file sent as the body, with its media type. */
  readonly upload?: { readonly file: string; readonly contentType: string };
  /** Follow `nextCursor` and gather every page's `items` before rendering. */
  readonly allPages?: boolean;
  /** Turns the answer (parsed JSON, or text for non-JSON answers) into what is printed. */
  readonly render: (answer: unknown) => string;
}

/** Where the CLI talks to and how it prints; built once in main from flags and environment. */
export interface CliContext {
  readonly apiUrl: string;
  readonly ingestUrl: string;
  /** The read-api key; throws with advice when there is none. */
  readonly apiKey: () => string;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export type CliAction =
  | { readonly kind: 'api'; readonly call: ApiCall }
  | { readonly kind: 'run'; readonly run: (context: CliContext) => Promise<void> }
  | { readonly kind: 'help'; readonly text: string };

/** A command group (`feeds`, `keys`…): one file under commands/, registered in the dispatcher. */
export interface CommandGroup {
  readonly name: string;
  /** One line for the top-level help. */
  readonly summary: string;
  readonly usage: string;
  /** Parses what follows the group name; throws UsageError on a mistake. */
  parse(argv: readonly string[]): CliAction;
}

/** A mistake in the command line: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** JSON, indented, for answers without a nicer rendering. */
export function renderJson(answer: unknown): string {
  return typeof answer === 'string' ? answer : JSON.stringify(answer, null, 2);
}

/** Splits `<sub-command> <args…>`, refusing a missing sub-command with the group's usage. */
export function subCommand(
  argv: readonly string[],
  group: { name: string; usage: string },
  known: readonly string[],
): { name: string; rest: string[] } | { help: true } {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h')
    return { help: true };
  if (!known.includes(name))
    throw new UsageError(`unknown ${group.name} command '${name}'\n\n${group.usage}`);
  return { name, rest };
}

/** Exactly `count` positional arguments, or a UsageError naming what is missing or extra. */
export function positionals(values: readonly string[], names: readonly string[]): string[] {
  if (values.length < names.length)
    throw new UsageError(`missing ${names.slice(values.length).join(', ')}`);
  if (values.length > names.length)
    throw new UsageError(`unexpected arguments: ${values.slice(names.length).join(' ')}`);
  return [...values];
}

/** Encodes a query string from the defined values only. */
export function query(values: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values))
    if (value !== undefined) params.set(key, value);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

// Control characters (ESC and friends) and bidi overrides could rewrite the operator's terminal;
// names in answers come partly from crawled articles.
const UNPRINTABLE = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

/** Rows under a header in aligned columns (each at most 60 wide); the last column runs free. */
export function renderTable(header: readonly string[], rows: readonly string[][]): string {
  const clean = rows.map((row) => row.map((cell) => cell.replace(UNPRINTABLE, ' ')));
  const widths = header.map((title, column) =>
    Math.min(60, Math.max(title.length, ...clean.map((row) => (row[column] ?? '').length))),
  );
  return [header, ...clean]
    .map((row) =>
      row
        .map((cell, column) =>
          column === row.length - 1
            ? cell
            : cell.slice(0, widths[column]).padEnd(widths[column] ?? 0),
        )
        .join('  '),
    )
    .join('\n');
}
