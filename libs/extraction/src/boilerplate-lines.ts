import { selectBodyRange, type BodyRange } from './body-run';
import { matchDatelineCredit, matchSignoffCredit, type CreditMatch } from './credit-line';
import { isHeadlineShaped, isProse } from './line-shape';
import { applyLineRules, type LineKind } from './line-rules';
import { cleanLine } from './paragraph-split';
import { isBodyBoundary, type RemovalReason, type RemovedLine } from './removal-reason';
import { siteLineKey } from './site-template';
import { findTitleIndex, startAfterHeadline } from './title-line';
import { lineKey, markRepeatedSections, markStandfirst, proseSpan } from './structured-blocks';

/** One candidate paragraph; `kind` defaults to `text` (a line of a plain-text scrape). */
export interface LineInput {
  readonly text: string;
  readonly kind?: LineKind;
}

export interface ClassifyOptions {
  /** A title known from elsewhere (feed item, metadata): lines repeating it are not body. */
  readonly knownTitle?: string | null;
  /** Look for a headline line above the body, for scrapes that came without a title. */
  readonly detectTitle?: boolean;
  /**
   * The lines are blocks of a page's main content as its markup delimits them (HTML), not a
   * whole page flattened to text: the structure already chose them, so only the per-line rules
   * apply, and nothing is cut for lying outside the main run of prose.
   */
  readonly structured?: boolean;
  /** Keys (`siteLineKey`) of the lines this site prints on most pages: its learned template. */
  readonly siteTemplate?: ReadonlySet<string>;
}

/** One line and its verdict: `reason` is null for body paragraphs. */
export interface ClassifiedLine {
  readonly text: string;
  readonly kind: LineKind;
  readonly reason: RemovalReason | null;
}

export interface LineClassification {
  readonly lines: readonly ClassifiedLine[];
  readonly paragraphs: string[];
  readonly removed: RemovedLine[];
  readonly title: string | null;
  readonly byline: string | null;
  readonly credit: CreditMatch | null;
}

interface WorkLine {
  readonly text: string;
  readonly kind: LineKind;
  readonly prose: boolean;
  readonly length: number;
  reason: RemovalReason | null;
  readonly credit: CreditMatch | null;
  readonly byline: string | null;
}

/**
 * Separates the article body from the rest of a page given as lines: each line is judged on
 * its own (credits, bylines, boilerplate, timestamps), then in context (repeats, headline
 * lists), and finally the main contiguous run of prose is taken as the body.
 */
export function classifyLines(
  input: readonly (string | LineInput)[],
  options: ClassifyOptions = {},
): LineClassification {
  const structured = options.structured === true;
  const lines = toWorkLines(input, options.knownTitle ?? null, structured);
  markSiteTemplate(lines, options.siteTemplate);
  if (structured) {
    markStandfirst(lines);
    markRepeatedSections(lines);
  } else {
    markRepeats(lines);
    markHeadlineLists(lines);
  }
  const range = structured
    ? proseSpan(lines)
    : withHeadlineFirst(lines, selectBodyRange(lines), options.detectTitle === true);
  const credit = range === null ? firstCredit(lines) : creditAround(lines, range);
  const byline = lines.slice(0, range?.start ?? lines.length).find((line) => line.byline !== null);
  if (range !== null && !structured) {
    markOutsideBody(lines, range);
  }
  const titleIndex =
    options.detectTitle === true && range !== null ? findTitleIndex(lines, range.start) : null;
  const title = titleIndex === null ? null : (lines[titleIndex]?.text ?? null);
  if (title !== null) {
    markAll(lines, title, 'title');
  }
  return {
    lines: lines.map(({ text, kind, reason }) => ({ text, kind, reason })),
    paragraphs: lines.filter((line) => line.reason === null).map((line) => line.text),
    removed: lines.flatMap(({ text, reason }) => (reason === null ? [] : [{ line: text, reason }])),
    title,
    byline: byline?.byline ?? null,
    credit,
  };
}

function toWorkLines(
  input: readonly (string | LineInput)[],
  knownTitle: string | null,
  structured: boolean,
): WorkLine[] {
  const titleKey = knownTitle === null ? null : lineKey(knownTitle);
  return input.flatMap((item) => {
    const text = cleanLine(typeof item === 'string' ? item : item.text);
    const kind = typeof item === 'string' ? 'text' : (item.kind ?? 'text');
    if (text.length === 0) {
      return [];
    }
    const rules =
      titleKey !== null && lineKey(text) === titleKey
        ? { reason: 'title' as const, credit: null, byline: null }
        : applyLineRules(text, kind);
    // A short block is one the page's markup chose to set apart, not a scrap of a flattened page.
    const reason = structured && rules.reason === 'short-fragment' ? null : rules.reason;
    return [{ text, kind, prose: isProse(text), length: text.length, ...rules, reason }];
  });
}

// Lines the site prints on most of its pages are its furniture. A template that would take
// every line of prose is not trusted: the site must have run one story many times over.
function markSiteTemplate(lines: WorkLine[], template: ReadonlySet<string> | undefined): void {
  if (template === undefined || template.size === 0) return;
  const matches = lines.filter(
    (line) => line.reason === null && template.has(siteLineKey(line.text)),
  );
  const prose = lines.filter((line) => line.reason === null && line.prose);
  if (prose.length > 0 && prose.every((line) => matches.includes(line))) return;
  for (const line of matches) line.reason = 'site-template';
}

// A line printed twice is page furniture (menus, footers); a paragraph printed twice is a
// scraping echo, so only its first copy can be body.
function markRepeats(lines: WorkLine[]): void {
  const seen = new Map<string, WorkLine>();
  for (const line of lines) {
    const key = lineKey(line.text);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, line);
      continue;
    }
    line.reason ??= 'duplicate-line';
    if (first.reason === null && !first.prose) {
      first.reason = 'repeated-line';
    }
  }
}

// Two or more headline-shaped lines in a row, timestamps between them allowed, are a list of
// other stories ("Related", "Most read"), never a body.
function markHeadlineLists(lines: WorkLine[]): void {
  let run: WorkLine[] = [];
  const flush = (): void => {
    if (run.length >= 2) {
      for (const member of run) {
        member.reason ??= 'headline-list';
      }
    }
    run = [];
  };
  for (const line of lines) {
    if (line.reason === 'timestamp') {
      continue;
    }
    const headline =
      line.reason === 'timestamped-headline' ||
      (line.reason === null && line.kind === 'text' && isHeadlineShaped(line.text));
    if (headline) {
      run.push(line);
    } else {
      flush();
    }
  }
  flush();
}

function withHeadlineFirst(
  lines: readonly WorkLine[],
  range: BodyRange | null,
  detectTitle: boolean,
): BodyRange | null {
  return range === null
    ? null
    : { start: startAfterHeadline(lines, range.start, range.end, detectTitle), end: range.end };
}

function markOutsideBody(lines: WorkLine[], range: BodyRange): void {
  lines.forEach((line, index) => {
    if (index < range.start) {
      line.reason ??= 'before-body';
    } else if (index >= range.end) {
      line.reason ??= 'after-body';
    } else if (line.kind === 'text' && !line.prose) {
      line.reason ??= 'heading-line';
    }
  });
}

function markAll(lines: WorkLine[], text: string, reason: RemovalReason): void {
  const key = lineKey(text);
  for (const line of lines) {
    if (lineKey(line.text) === key) {
      line.reason = reason;
    }
  }
}

/**
 * The body's credit: a wire dateline opening it, else a credit line next to it (only furniture
 * between), else an agency signing off its last paragraph. Credit lines further away belong to
 * other stories on the page.
 */
function creditAround(lines: readonly WorkLine[], range: BodyRange): CreditMatch | null {
  const first = lines[range.start];
  const dateline = first === undefined ? null : matchDatelineCredit(first.text);
  if (dateline !== null) {
    return { agency: dateline.agency, line: dateline.line, method: dateline.method };
  }
  const after = adjacentCredit(lines, range.end, 1);
  if (after !== null) {
    return after;
  }
  const before = adjacentCredit(lines, range.start - 1, -1);
  if (before !== null) {
    return before;
  }
  const last = lines[range.end - 1];
  return last === undefined ? null : matchSignoffCredit(last.text);
}

function adjacentCredit(
  lines: readonly WorkLine[],
  from: number,
  step: 1 | -1,
): CreditMatch | null {
  for (let index = from; index >= 0 && index < lines.length; index += step) {
    const line = lines[index];
    if (line === undefined) {
      return null;
    }
    if (line.credit !== null) {
      return line.credit;
    }
    if (isBodyBoundary(line.reason) || (line.reason === null && line.prose)) {
      return null;
    }
  }
  return null;
}

function firstCredit(lines: readonly WorkLine[]): CreditMatch | null {
  return lines.find((line) => line.credit !== null)?.credit ?? null;
}
