import {
  emptyTallies,
  FEED_FIELDS,
  type FeedField,
  type FeedMismatch,
  type FieldTally,
  type ItemsComparison,
} from './eval-feeds-comparison';
import type { FeedEvalLayout } from './eval-feeds-dataset.reader';

/** How one fixture fared; `comparison` is null when nothing item-level was expected. */
export interface FixtureOutcome {
  readonly id: string;
  readonly parseError: string | null;
  readonly comparison: ItemsComparison | null;
}

export interface FeedEvalReport {
  readonly layout: FeedEvalLayout;
  readonly fixtures: number;
  readonly parsed: number;
  /** Fixtures whose expected output gives at least one item field: the denominator of the share. */
  readonly scored: number;
  readonly allItemsRight: number;
  readonly allItemsRightShare: number;
  readonly fields: Record<FeedField, FieldTally & { readonly rate: number }>;
  readonly failing: { readonly id: string; readonly mismatch: FeedMismatch }[];
}

export function summariseFeedEval(
  layout: FeedEvalLayout,
  outcomes: readonly FixtureOutcome[],
): FeedEvalReport {
  const tallies = emptyTallies();
  const failing: FeedEvalReport['failing'] = [];
  let scored = 0;
  for (const { id, comparison, parseError } of outcomes) {
    if (comparison === null) continue;
    scored += 1;
    for (const field of FEED_FIELDS) {
      tallies[field].compared += comparison.fields[field].compared;
      tallies[field].matched += comparison.fields[field].matched;
    }
    const mismatch: FeedMismatch | null =
      parseError === null
        ? comparison.firstMismatch
        : { item: null, field: 'parse', expected: 'a feed', actual: parseError };
    if (mismatch !== null) failing.push({ id, mismatch });
  }
  const fields = Object.fromEntries(
    FEED_FIELDS.map((field) => [
      field,
      { ...tallies[field], rate: ratio(tallies[field].matched, tallies[field].compared) },
    ]),
  ) as FeedEvalReport['fields'];
  const allItemsRight = scored - failing.length;
  return {
    layout,
    fixtures: outcomes.length,
    parsed: outcomes.filter((outcome) => outcome.parseError === null).length,
    scored,
    allItemsRight,
    allItemsRightShare: ratio(allItemsRight, scored),
    fields,
    failing,
  };
}

/** Headline figures, then one line per failing fixture with its first mismatch. */
export function formatFeedReport(report: FeedEvalReport): string {
  const lines = [
    `${report.layout}: ${report.fixtures} fixtures, ${report.parsed} parsed without error`,
    `all items right  ${report.allItemsRightShare.toFixed(3)}  (${report.allItemsRight} of ${report.scored} fixtures with item fields)`,
    ...FEED_FIELDS.map((field) => {
      const { rate, matched, compared } = report.fields[field];
      return `${field.padEnd(16)} ${rate.toFixed(3)}  (${matched} of ${compared} values)`;
    }),
    `failing fixtures (${report.failing.length}):`,
    ...report.failing.map(({ id, mismatch }) => `  ${id}: ${describeMismatch(mismatch)}`),
  ];
  return lines.join('\n');
}

export function describeMismatch(mismatch: FeedMismatch): string {
  const where = mismatch.item === null ? '' : `item ${mismatch.item} `;
  return `${where}${mismatch.field}: expected ${clip(mismatch.expected)}, got ${
    mismatch.actual === null ? 'nothing' : clip(mismatch.actual)
  }`;
}

function clip(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > 80 ? `${flat.slice(0, 77)}...` : flat);
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
