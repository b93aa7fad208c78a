import type { BodyRange } from './body-run';
import type { LineKind } from './line-rules';
import { wordCount } from './line-shape';
import { cleanLine } from './paragraph-split';
import type { RemovalReason } from './removal-reason';

// Rules for lines that come from a page's markup (HTML blocks) rather than a flattened scrape:
// the markup already delimits the article, so these only remove what the blocks themselves
// betray, and never cut the body to a run of prose.

/** A block as the structured rules see it; `reason` is set when a rule removes it. */
export interface StructuredLine {
  readonly text: string;
  readonly kind: LineKind;
  readonly prose: boolean;
  reason: RemovalReason | null;
}

/** The comparison key of a line: cleaned and lower-cased. */
export function lineKey(text: string): string {
  return cleanLine(text).toLowerCase();
}

// Pages that print the article twice (a print copy, a hidden tab) repeat long runs of blocks,
// and some echo a paragraph right after itself. Shorter repeats are kept: a recipe or a meal
// plan repeats its headings and an interviewer repeats a question.
const MIN_REPEATED_RUN_LINES = 6;
const MIN_REPEATED_RUN_WORDS = 100;

export function markRepeatedSections(lines: StructuredLine[]): void {
  const firstIndex = new Map<string, number>();
  const original = lines.map((line, index) => {
    const key = lineKey(line.text);
    const first = firstIndex.get(key);
    if (first === undefined) {
      firstIndex.set(key, index);
    }
    return first ?? -1;
  });
  let start = 0;
  while (start < lines.length) {
    const first = original[start] ?? -1;
    if (first === -1) {
      start += 1;
      continue;
    }
    let end = start + 1;
    while (end < lines.length && original[end] === first + (end - start)) {
      end += 1;
    }
    const run = lines.slice(start, end);
    const words = run.reduce((sum, line) => sum + wordCount(line.text), 0);
    const echo = first === start - 1 && run.length === 1 && lines[start]?.prose === true;
    if (echo || (run.length >= MIN_REPEATED_RUN_LINES && words >= MIN_REPEATED_RUN_WORDS)) {
      run.forEach((line) => (line.reason ??= 'duplicate-line'));
    }
    start = end;
  }
}

// A whole sentence set as a heading above the first paragraph is the summary under the
// headline (standfirst, dek), which restates the article rather than being part of it.
export function markStandfirst(lines: StructuredLine[]): void {
  for (const line of lines) {
    if (line.reason === null && line.prose && line.kind === 'text') {
      return;
    }
    if (line.reason === null && line.prose && line.kind === 'heading') {
      line.reason = 'standfirst';
    }
  }
}

// The body of structured input runs from its first to its last kept prose line.
export function proseSpan(lines: readonly StructuredLine[]): BodyRange | null {
  const isBody = (line: StructuredLine): boolean => line.reason === null && line.prose;
  const start = lines.findIndex(isBody);
  return start === -1 ? null : { start, end: lines.findLastIndex(isBody) + 1 };
}
