// Timestamps as news pages print them next to headlines and in datelines:
// "GMT 12:28 2018 Friday ,31 August", "Updated 10:32 AM ET", "31/08/2018", "2 hours ago".

// English, then Spanish, Portuguese, French, German and Italian names and abbreviations
// (abbreviations that are also common words, such as Portuguese "out", are left out).
const MONTH = [
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?',
  'enero|ene|febrero|marzo|abr(?:il)?|mayo|junio|julio|ago(?:sto)?|s[ei]ptiembre|octubre|noviembre|dic(?:iembre)?',
  'janeiro|fevereiro|fev|março|maio|junho|julho|setembro|outubro|dezembro|dez',
  'janv(?:ier)?|févr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|août|septembre|octobre|novembre|déc(?:embre)?',
  'januar|februar|märz|mär|juni|juli|oktober|okt|dezember',
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre',
].join('|');
const WEEKDAY = [
  'mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?',
  'lunes|martes|miércoles|jueves|viernes|sábado|domingo',
  '(?:segunda|terça|quarta|quinta|sexta)-feira',
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
  'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag',
  'lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica',
].join('|');
const LABEL =
  '(?:first\\s+)?published|updated|last\\s+updated|(?:first\\s+)?posted|modified|last\\s+modified|date|on|at|am|pm|today|yesterday|just\\s+now|de|del|às|le|um|alle';
const ZONE =
  'gmt|utc|bst|wet|west|cet|cest|eet|eest|msk|eat|cat|wat|sast|gst|pkt|ist|wib|sgt|hkt|kst|jst|awst|acst|aest|aedt|nzst|nzdt|est|edt|cst|cdt|mst|mdt|pst|pdt|akst|hst|brt|art|et|pt';

const STRONG_PARTS = [
  '\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?\\s?m\\.?)?',
  '\\d{1,2}\\s*[ap]\\.?m\\.?',
  '\\d{4}-\\d{2}-\\d{2}(?:t[\\d:.]+(?:z|[+-]\\d{2}:?\\d{2})?)?',
  '\\d{1,2}[/.]\\d{1,2}[/.](?:\\d{4}|\\d{2})',
  '\\d{1,3}\\s*(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s?\\s+ago',
];
const WEAK_PARTS = [
  '(?:19|20)\\d{2}',
  '\\d{1,2}(?:st|nd|rd|th)?',
  `(?:${MONTH})\\.?`,
  `(?:${WEEKDAY})\\.?`,
  `(?:${LABEL})`,
  `(?:${ZONE})`,
  '[+-]\\d{2}:?\\d{2}',
];

// Word-ish tokens must stand alone, except GMT/UTC, which scrapers often glue to the preceding
// headline ("…peoplesGMT 11:54").
const TOKEN = `(?:(?<![\\p{L}\\p{N}])(?:${[...STRONG_PARTS, ...WEAK_PARTS].join('|')})(?![\\p{L}\\p{N}])|GMT|UTC)`;
const SEPARATOR = '[\\s,|·•/\\-–—:()]';
// Anchored on one side only and without separator runs, so long runs of dashes or spaces cost
// linear time; separators are trimmed by hand between tokens.
const TOKEN_AT_END = new RegExp(`${TOKEN}$`, 'iu');
const TOKEN_AT_START = new RegExp(`^${TOKEN}`, 'iu');
const SEPARATOR_CHAR = new RegExp(`^${SEPARATOR}$`, 'u');
const MAX_TOKENS = 12;
const ALL_TOKENS = new RegExp(TOKEN, 'giu');
const STRONG = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${STRONG_PARTS.join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);
// Stamps that are unambiguous alone, without a second token beside them.
const SELF_SUFFICIENT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${STRONG_PARTS.slice(2).join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;
const MONTH_NAME = new RegExp(`(?<!\\p{L})(?:${MONTH})(?!\\p{L})`, 'iu');
const DAY_NUMBER = /(?<!\d)\d{1,2}(?:st|nd|rd|th)?(?!\d)/u;

/** Whether a stripped run of tokens is a real point in time, not just a lone month or year. */
function isTimeLike(tokens: string): boolean {
  return (
    STRONG.test(tokens) || (MONTH_NAME.test(tokens) && DAY_NUMBER.test(tokens) && YEAR.test(tokens))
  );
}

/** A line that is nothing but a date/time stamp ("GMT 12:28 2018 Friday ,31 August"). */
export function isTimestampOnly(line: string): boolean {
  const rest = line.replace(ALL_TOKENS, ' ').replace(new RegExp(SEPARATOR, 'gu'), '');
  if (/[\p{L}\p{N}]/u.test(rest)) {
    return false;
  }
  return isTimeLike(line) || (MONTH_NAME.test(line) && DAY_NUMBER.test(line));
}

/** A headline with a timestamp glued before or after it, as in related-story lists. */
export interface GluedTimestamp {
  readonly text: string;
  readonly timestamp: string;
}

/**
 * Splits "Headline textGMT 11:54 2018 Friday ,31 August" into headline and timestamp. Requires
 * a time of day, a relative time or a full date, so "Elections set for May 2019" stays whole.
 */
export function splitGluedTimestamp(line: string): GluedTimestamp | null {
  return stripTimestamp(line, TOKEN_AT_END, 'end') ?? stripTimestamp(line, TOKEN_AT_START, 'start');
}

function stripTimestamp(
  line: string,
  pattern: RegExp,
  side: 'start' | 'end',
): GluedTimestamp | null {
  let rest = line;
  let tokens = 0;
  while (tokens < MAX_TOKENS) {
    const trimmed = trimSeparators(rest, side);
    const match = pattern.exec(trimmed);
    if (match === null) {
      break;
    }
    rest = side === 'end' ? trimmed.slice(0, match.index) : trimmed.slice(match[0].length);
    tokens += 1;
  }
  rest = trimSeparators(rest, side);
  const timestamp =
    side === 'end' ? line.slice(rest.length) : line.slice(0, line.length - rest.length);
  // A lone clock time leads list items ("12:05 Floods hit…") but rarely ends a headline.
  const enough =
    tokens >= 2 || (tokens === 1 && (side === 'start' ? STRONG : SELF_SUFFICIENT).test(timestamp));
  if (!enough || rest.trim().length === 0 || !isTimeLike(timestamp)) {
    return null;
  }
  return { text: rest.trim(), timestamp: timestamp.trim() };
}

function trimSeparators(text: string, side: 'start' | 'end'): string {
  let start = 0;
  let end = text.length;
  if (side === 'start') {
    while (start < end && SEPARATOR_CHAR.test(text.charAt(start))) {
      start += 1;
    }
  } else {
    while (end > start && SEPARATOR_CHAR.test(text.charAt(end - 1))) {
      end -= 1;
    }
  }
  return text.slice(start, end);
}
