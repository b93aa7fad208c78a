import { matchAgencyName, type AgencyCode } from './agency-catalog';

/** How a credit was recognised. */
export type CreditMethod = 'credit-line' | 'dateline' | 'signoff';

/** A wire credit: the canonical agency and the text that carried it, as found. */
export interface DetectedCredit {
  readonly agency: AgencyCode;
  readonly line: string;
}

export interface CreditMatch extends DetectedCredit {
  readonly method: CreditMethod;
}

// A credit line is short; anything longer is a sentence that merely mentions an agency.
const MAX_CREDIT_LINE_WORDS = 16;

const CREDIT_LABEL =
  /^(?:(?:(?:news\s+)?sources?|credits?|via|from|agency|agencies|wires?|copyright|with|(?:with\s+|additional\s+)?reporting\s+(?:by|from)|compiled\s+(?:by|from)|adapted\s+from|distributed\s+by|text)\b|©|\(c\))\s*[:\-–—|]?\s*/iu;
const LEADING_MARKS = /^[\s\-–—:|([]+/u;
const TRAILING_MARKS = /[\s.)\]:|\-–—]+$/u;
const YEAR = /\b(?:19|20)\d{2}\b/gu;
const LIST_SEPARATOR = /\s*(?:,|\/|&|\+|;|\band\b)\s*/u;
const CONTRIBUTED =
  /^(?:the\s+)?(.{2,40}?)\s+contributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)\b/iu;
const BYLINE_WITH_AGENCY = /^by\s+[^,|/(—–]+?(?:,|\||\/|\(|—|–|\s-)\s*([^,|/()]+?)\)?\s*\.?$/iu;

/**
 * Whether a whole line is a credit statement ("Source: AFP", "— AP", "(Reuters)", "© 2024 The
 * Associated Press", "AFP contributed to this report", "By Jane Doe, AFP"). A sentence that
 * merely names an agency is not: every listed part must be an agency name.
 */
export function matchCreditLine(line: string): CreditMatch | null {
  const text = line.trim();
  if (text.length === 0 || text.split(/\s+/u).length > MAX_CREDIT_LINE_WORDS) {
    return null;
  }
  const agency = labelledAgency(text) ?? contributedAgency(text) ?? bylineAgency(text);
  return agency === null ? null : { agency, line: text, method: 'credit-line' };
}

function labelledAgency(text: string): AgencyCode | null {
  const afterLabel = text.replace(LEADING_MARKS, '').replace(CREDIT_LABEL, '');
  // Copyright notices run on ("… Press. All rights reserved."): the holder is the first sentence.
  const holder = (afterLabel.split(/\.\s/u)[0] ?? '')
    .replace(YEAR, ' ')
    .replace(TRAILING_MARKS, '');
  const parts = holder.split(LIST_SEPARATOR).filter((part) => part.trim().length > 0);
  const agencies = parts.map(matchAgencyName);
  const first = agencies[0];
  return first !== undefined && first !== null && agencies.every((code) => code !== null)
    ? first
    : null;
}

function contributedAgency(text: string): AgencyCode | null {
  const name = CONTRIBUTED.exec(text)?.[1];
  return name === undefined ? null : matchAgencyName(name);
}

function bylineAgency(text: string): AgencyCode | null {
  const name = BYLINE_WITH_AGENCY.exec(text)?.[1];
  return name === undefined ? null : matchAgencyName(name);
}

// "PARIS (AFP) -", "PARIS, May 3 (Reuters) -", "BEIJING, Aug. 30 (Xinhua) --", "(AP) —",
// the Spanish wire style "MADRID, 3 may (EFE).-" and the Indian "NEW DELHI, June 3 (PTI) The…".
// The place is in capitals or title case ("PARIS", "Rio de Janeiro"), so "Officials said (AFP) -"
// is no dateline.
const PLACE = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:[ /](?:\p{Lu}[\p{L}\p{M}'’.-]*|de|do|da|del|la|el|al|am|an|sur|upon)){0,4}`;
const DATELINE = new RegExp(
  String.raw`^((?:${PLACE}(?:,\s*[\p{L}\p{M}\p{N}'’./ -]{1,30}?){0,2}\s*)?[([]\s*([^()[\]]{2,40}?)\s*[)\]](?:\.?\s*(?:--|[-–—:])+|(?=\s+[\p{Lu}"“'‘])))\s*`,
  'u',
);

/**
 * A wire dateline opening a paragraph. Returns the dateline as the credit's line; the
 * paragraph text itself is left to the caller, since the dateline belongs to the article.
 */
export function matchDatelineCredit(paragraph: string): (CreditMatch & { rest: string }) | null {
  const match = DATELINE.exec(paragraph.trim());
  const prefix = match?.[1];
  const name = match?.[2];
  if (match === null || prefix === undefined || name === undefined) {
    return null;
  }
  const agency = matchAgencyName(name);
  if (agency === null) {
    return null;
  }
  return {
    agency,
    line: prefix.trim(),
    method: 'dateline',
    rest: paragraph.trim().slice(match[0].length),
  };
}

// "… a key sticking point. (AFP)" or "… he said. — AP": the agency signs off the last paragraph.
const SIGNOFF =
  /(?<=[.!?"”’])\s*((?:--|[-–—])\s*([^\s()[\]-][^()[\]]{0,30}?)|[([]\s*([^()[\]]{2,30}?)\s*[)\]])\s*$/u;

export function matchSignoffCredit(paragraph: string): CreditMatch | null {
  const match = SIGNOFF.exec(paragraph.trim());
  const signoff = match?.[1];
  const name = match?.[2] ?? match?.[3];
  if (signoff === undefined || name === undefined) {
    return null;
  }
  const agency = matchAgencyName(name);
  return agency === null ? null : { agency, line: signoff.trim(), method: 'signoff' };
}

/**
 * The credit of an article body given as paragraphs: a dateline on the first paragraph wins,
 * then a standalone credit line, then a sign-off on the last paragraph. Mentions of an agency
 * inside a sentence ("…, Reuters reported.") are never credits.
 */
export function detectCredit(paragraphs: readonly string[]): CreditMatch | null {
  const first = paragraphs[0];
  const dateline = first === undefined ? null : matchDatelineCredit(first);
  if (dateline !== null) {
    return { agency: dateline.agency, line: dateline.line, method: dateline.method };
  }
  for (const paragraph of paragraphs) {
    const credit = matchCreditLine(paragraph);
    if (credit !== null) {
      return credit;
    }
  }
  const last = paragraphs.at(-1);
  return last === undefined ? null : matchSignoffCredit(last);
}
