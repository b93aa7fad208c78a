import { matchBoilerplate } from './boilerplate-patterns';
import { matchByline } from './byline';
import { matchCreditLine, matchDatelineCredit, type CreditMatch } from './credit-line';
import { isFragment, isProse } from './line-shape';
import type { RemovalReason } from './removal-reason';
import { isTimestampOnly, splitGluedTimestamp } from './timestamp-patterns';

/** What a line is in the page it came from; HTML structure tells more than plain text can. */
export type LineKind = 'text' | 'heading' | 'list-item' | 'quote';

/** What the per-line rules found, before the page structure is taken into account. */
export interface LineRuleResult {
  readonly reason: RemovalReason | null;
  readonly credit: CreditMatch | null;
  readonly byline: string | null;
}

const NOTHING: LineRuleResult = { reason: null, credit: null, byline: null };

/**
 * Judges one line on its own words and shape. Order matters: a credit or byline line would
 * otherwise look like a short fragment, and a copyright line naming an agency is a credit.
 */
export function applyLineRules(text: string, kind: LineKind): LineRuleResult {
  const credit = matchCreditLine(text);
  if (credit !== null) {
    return { reason: 'credit-line', credit, byline: matchByline(text) };
  }
  const dateline = matchDatelineCredit(text);
  if (dateline !== null && dateline.rest.length === 0) {
    return { reason: 'credit-line', credit: dateline, byline: null };
  }
  const byline = matchByline(text);
  if (byline !== null) {
    return { reason: 'byline', credit: null, byline };
  }
  const boilerplate = matchBoilerplate(text);
  if (boilerplate !== null) {
    return { ...NOTHING, reason: boilerplate };
  }
  if (isTimestampOnly(text)) {
    return { ...NOTHING, reason: 'timestamp' };
  }
  const glued = splitGluedTimestamp(text);
  if (glued !== null && !isProse(glued.text)) {
    return { ...NOTHING, reason: 'timestamped-headline' };
  }
  // In HTML a short heading or list item is structure the page chose; in plain text it is a scrap.
  if (kind === 'text' && isFragment(text)) {
    return { ...NOTHING, reason: 'short-fragment' };
  }
  return NOTHING;
}
