// Calendar days as pages print and declare them. A page's date line names a day in the
// publisher's own zone ("2025-12-19T09:04:00+13:00" is the 19th where it was published, though
// the 18th in UTC), so the day is read from the text rather than from the UTC instant.

const MONTHS: readonly (readonly string[])[] = [
  [
    'january',
    'jan',
    'enero',
    'ene',
    'janeiro',
    'janvier',
    'janv',
    'januar',
    'jänner',
    'gennaio',
    'gen',
  ],
  [
    'february',
    'feb',
    'febrero',
    'fevereiro',
    'fev',
    'février',
    'févr',
    'fevrier',
    'februar',
    'febbraio',
  ],
  ['march', 'mar', 'marzo', 'março', 'marco', 'mars', 'märz', 'mär', 'maerz'],
  ['april', 'apr', 'abril', 'abr', 'avril', 'avr', 'aprile'],
  ['may', 'mayo', 'maio', 'mai', 'maggio', 'mag'],
  ['june', 'jun', 'junio', 'junho', 'juin', 'juni', 'giugno', 'giu'],
  ['july', 'jul', 'julio', 'julho', 'juillet', 'juil', 'juli', 'luglio', 'lug'],
  ['august', 'aug', 'agosto', 'ago', 'août', 'aout'],
  [
    'september',
    'sep',
    'sept',
    'septiembre',
    'setiembre',
    'setembro',
    'set',
    'septembre',
    'settembre',
  ],
  ['october', 'oct', 'octubre', 'outubro', 'out', 'octobre', 'oktober', 'okt', 'ottobre', 'ott'],
  ['november', 'nov', 'noviembre', 'novembro', 'novembre'],
  ['december', 'dec', 'diciembre', 'dic', 'dezembro', 'dez', 'décembre', 'dezember', 'dicembre'],
];
const MONTH_NUMBER = new Map<string, number>(
  MONTHS.flatMap((names, index) => names.map((name) => [name, index + 1] as const)),
);
const MONTH_WORD = `(${[...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|º|er|\\.)?';
const YEAR = '((?:19|20)\\d{2})';
const OF = '(?:\\s*,?\\s*|\\s+de\\s+|\\s+del\\s+)';
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

// "July 18, 2025", "Jan. 17 2025"
const MONTH_DAY_YEAR = new RegExp(
  `${NOT_WORD_BEFORE}${MONTH_WORD}\\s+${DAY}\\s*,?\\s+${YEAR}${NOT_WORD_AFTER}`,
  'iu',
);
// "18 July 2025", "19 de diciembre de 2025", "19. Dezember 2025"
const DAY_MONTH_YEAR = new RegExp(
  `${NOT_WORD_BEFORE}${DAY}${OF}${MONTH_WORD}${OF}${YEAR}${NOT_WORD_AFTER}`,
  'iu',
);
const ISO_DAY = /(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/u;
// "25.12.2025" is day-first everywhere; "09/25/2025" is month-first in US English only.
const DOTTED_DAY = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.])/u;
const SLASHED_DAY = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?![\d/])/u;

// The same bounds as for instants: outside them a "date" is a placeholder or a typo.
const EARLIEST_YEAR = 1990;
const LATEST_YEAR = 2100;

const ISO_DECLARED = /^\s*((?:19|20)\d{2})-(\d{2})-(\d{2})(?:$|[T\s])/u;

/**
 * The first calendar day printed in a short text ("Published on July 18, 2025", "12.12.2025",
 * "19 de diciembre de 2025"), as YYYY-MM-DD; null when the text names no complete day.
 * `monthFirst` decides "03/04/2025", which only US English reads as March 4.
 */
export function parsePrintedDay(text: string, monthFirst = true): string | null {
  const candidates: { index: number; day: string | null }[] = [];
  const add = (match: RegExpExecArray | null, read: (groups: string[]) => string | null): void => {
    if (match !== null) {
      candidates.push({ index: match.index, day: read(match.slice(1)) });
    }
  };
  add(MONTH_DAY_YEAR.exec(text), ([month, day, year]) => dayOf(year, monthOf(month), day));
  add(DAY_MONTH_YEAR.exec(text), ([day, month, year]) => dayOf(year, monthOf(month), day));
  add(ISO_DAY.exec(text), ([year, month, day]) => dayOf(year, Number(month), day));
  add(DOTTED_DAY.exec(text), ([day, month, year]) => dayOf(year, Number(month), day));
  add(SLASHED_DAY.exec(text), ([first, second, year]) => {
    const a = Number(first);
    const b = Number(second);
    // A number over 12 can only be the day, whatever the locale.
    const [month, day] = a > 12 ? [b, a] : b > 12 || monthFirst ? [a, b] : [b, a];
    return dayOf(year, month, String(day));
  });
  const first = candidates
    .filter((candidate) => candidate.day !== null)
    .sort((a, b) => a.index - b.index)[0];
  return first?.day ?? null;
}

/**
 * The day a declared date value names in its own zone: the date part of an ISO-8601 value, else
 * the day printed in it ("Oct 31, 2025", RFC 2822).
 */
export function declaredDay(value: string | null | undefined): string | null {
  const text = value ?? '';
  const iso = ISO_DECLARED.exec(text);
  if (iso !== null) {
    return dayOf(iso[1], Number(iso[2]), iso[3]);
  }
  return parsePrintedDay(text);
}

function monthOf(name: string | undefined): number {
  return MONTH_NUMBER.get((name ?? '').toLowerCase().replace(/\.$/u, '')) ?? 0;
}

function dayOf(year: string | undefined, month: number, day: string | undefined): string | null {
  const y = Number(year);
  const d = Number(day);
  if (y < EARLIEST_YEAR || y > LATEST_YEAR || month < 1 || month > 12 || d < 1) {
    return null;
  }
  const daysInMonth = new Date(Date.UTC(y, month, 0)).getUTCDate();
  if (d > daysInMonth) {
    return null;
  }
  return `${String(y)}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
