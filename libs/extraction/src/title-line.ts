import { isHeadlineShaped, isTitleShaped } from './line-shape';
import type { RemovalReason } from './removal-reason';

export interface TitleCandidateLine {
  readonly text: string;
  readonly reason: RemovalReason | null;
  /** The names, when the line is a byline (possibly one carrying a credit). */
  readonly byline?: string | null;
}

// Lines that may sit between a headline and the article: byline, date, credit, photo credit.
const BETWEEN_TITLE_AND_BODY: ReadonlySet<RemovalReason> = new Set<RemovalReason>([
  'byline',
  'timestamp',
  'credit-line',
  'media-credit',
  'short-fragment',
  'share-prompt',
  'advertisement',
  'navigation-menu',
  'source-line',
  'page-tool',
  // A date line with the outlet's name glued on ("Ahram Online , Monday 3 Jun 2024").
  'timestamped-headline',
]);
// Reasons a real headline may already have picked up from the per-line rules.
const MAY_BE_TITLE: ReadonlySet<RemovalReason | null> = new Set<RemovalReason | null>([
  null,
  'headline-list',
  'heading-line',
  'before-body',
  'repeated-line',
  'duplicate-line',
]);
const MAX_LINES_ABOVE_BODY = 6;

/**
 * The index of the page's headline: the title-shaped line just above the body, with only a
 * byline, date or credit between them. A line inside a list of three or more headlines is a
 * related-stories list, not the title; of a headline-and-deck pair, the first is the title.
 */
export function findTitleIndex(
  lines: readonly TitleCandidateLine[],
  bodyStart: number,
): number | null {
  const lowest = Math.max(0, bodyStart - MAX_LINES_ABOVE_BODY);
  // A byline sits right under the headline; title-like lines between it and the body are the
  // outlet or the author's role ("BBC Wales News"), so the search starts above the byline.
  const byline = lines
    .slice(lowest, bodyStart)
    .findLastIndex((line) => line.reason === 'byline' || (line.byline ?? null) !== null);
  const from = byline === -1 ? bodyStart : lowest + byline;
  for (let index = from - 1; index >= lowest; index -= 1) {
    const line = lines[index];
    if (line === undefined) {
      return null;
    }
    if (MAY_BE_TITLE.has(line.reason) && isTitleShaped(line.text)) {
      return titleOfRun(lines, index);
    }
    if (line.reason === null || !BETWEEN_TITLE_AND_BODY.has(line.reason)) {
      return null;
    }
  }
  return null;
}

function titleOfRun(lines: readonly TitleCandidateLine[], index: number): number | null {
  let first = index;
  while (first > 0 && isRunMember(lines[first - 1])) {
    first -= 1;
  }
  let last = index;
  while (isRunMember(lines[last + 1])) {
    last += 1;
  }
  // Three headlines in a row, or one under a dated headline, are a list of other stories.
  if (last - first + 1 >= 3 || lines[first - 1]?.reason === 'timestamped-headline') {
    return null;
  }
  return first;
}

function isRunMember(line: TitleCandidateLine | undefined): boolean {
  if (line === undefined) {
    return false;
  }
  return MAY_BE_TITLE.has(line.reason) && isHeadlineShaped(line.text);
}

export interface LeadInLine extends TitleCandidateLine {
  readonly prose: boolean;
}

// A headline can only follow this little prose (a site slogan, a cookie sentence) and still
// be the start of the article rather than a sub-heading inside it.
const MAX_LEAD_IN_LINES = 2;
const MAX_LEAD_IN_SHARE = 0.2;

/**
 * Where the body really starts when the prose run swallowed the page's headline: a short
 * lead-in line, then the headline, then the article. Returns the first prose line after the
 * headline, or `start` unchanged when no headline sits near the top of the run.
 */
export function startAfterHeadline(
  lines: readonly LeadInLine[],
  start: number,
  end: number,
  detect: boolean,
): number {
  const total = lines
    .slice(start, end)
    .reduce((sum, line) => sum + (line.prose ? line.text.length : 0), 0);
  let leadIn = 0;
  let proseLines = 0;
  for (let index = start; index < end && proseLines <= MAX_LEAD_IN_LINES; index += 1) {
    const line = lines[index];
    if (line === undefined) {
      break;
    }
    const headline =
      line.reason === 'title' ||
      (detect && line.reason === null && !line.prose && isTitleShaped(line.text));
    if (headline && index > start) {
      const next = lines.findIndex(
        (candidate, at) => at > index && at < end && candidate.reason === null && candidate.prose,
      );
      return leadIn <= total * MAX_LEAD_IN_SHARE && next !== -1 ? next : start;
    }
    if (line.prose && line.reason === null) {
      leadIn += line.text.length;
      proseLines += 1;
    }
  }
  return start;
}
