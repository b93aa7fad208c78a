// W3C-DTF / RFC 3339 as used by Atom, dc:date and JSON Feed; day precision at least.
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
// RFC 822 / 2822 as used by RSS pubDate, tolerating the usual sloppiness: no weekday or comma,
// full month names, missing seconds or zone, a trailing "(comment)".
const RFC822_DATE =
  /^(?:\p{L}{2,9}\.?,?\s*)?(\d{1,2})[\s-]+(\p{L}{3,9})\.?[\s-]+(\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s*([a-z]{1,5}|(?:GMT|UTC)?[+-]\d{2}:?\d{2}))?(?:\s*\([^()]*\))?$/iu;
const MAX_DATE_LENGTH = 80;

// Month names in the languages our sources publish in; CMSs localise pubDate more often than not.
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'janvier', 'januar', 'enero', 'janeiro', 'gennaio', 'januari'],
  ['february', 'février', 'fevrier', 'februar', 'febrero', 'fevereiro', 'febbraio', 'februari'],
  ['march', 'mars', 'märz', 'marz', 'mrz', 'marzo', 'março', 'marco', 'maart'],
  ['april', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maio', 'maggio', 'mei'],
  ['june', 'juin', 'juni', 'junio', 'junho', 'giugno'],
  ['july', 'juillet', 'juli', 'julio', 'julho', 'luglio'],
  ['august', 'août', 'aout', 'agosto', 'augustus'],
  ['september', 'septembre', 'septiembre', 'setiembre', 'setembro', 'settembre'],
  ['october', 'octobre', 'oktober', 'octubre', 'outubro', 'ottobre'],
  ['november', 'novembre', 'noviembre', 'novembro'],
  ['december', 'décembre', 'decembre', 'dezember', 'diciembre', 'dezembro', 'dicembre'],
];
// Offsets in minutes. RFC 2822 says an unknown zone means "local time, offset unknown"; we read it
// as UTC, which is at most hours off and still orders articles sensibly.
const ZONES: ReadonlyMap<string, number> = new Map(
  Object.entries({
    ut: 0,
    utc: 0,
    gmt: 0,
    z: 0,
    wet: 0,
    west: 60,
    bst: 60,
    cet: 60,
    cest: 120,
    eet: 120,
    eest: 180,
    msk: 180,
    ist: 330,
    jst: 540,
    aest: 600,
    aedt: 660,
    nzst: 720,
    nzdt: 780,
    hst: -600,
    akst: -540,
    akdt: -480,
    pst: -480,
    pdt: -420,
    mst: -420,
    mdt: -360,
    cst: -360,
    cdt: -300,
    est: -300,
    edt: -240,
  }),
);

/**
 * 1-12 for a month name or an abbreviation of one ("Jun", "Sept", "Set", "déc."), 0 when unknown
 * or ambiguous ("jui" could be juin or juillet).
 */
function monthNumber(token: string): number {
  const prefix = token.toLowerCase();
  const months = MONTH_NAMES.flatMap((names, index) =>
    names.some((name) => name.startsWith(prefix)) ? [index + 1] : [],
  );
  return months.length === 1 ? (months[0] ?? 0) : 0;
}

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  offsetMinutes: number;
}

function numericOffset(zone: string): number | null {
  const match = /([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (match === null) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (hours > 18 || minutes > 59) return null;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function zoneOffset(zone: string | undefined): number | null {
  if (zone === undefined) return 0;
  if (/\d/.test(zone)) return numericOffset(zone);
  return ZONES.get(zone.toLowerCase()) ?? 0;
}

function toIso(parts: DateParts): string | null {
  const { year, month, day, hour, minute, second, millisecond, offsetMinutes } = parts;
  if (
    year < 1000 ||
    year > 9999 ||
    month < 1 ||
    month > 12 ||
    hour > 23 ||
    minute > 59 ||
    second > 60
  ) {
    return null;
  }
  const midnight = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 February over into March; a date that does not round-trip is not a date.
  if (day < 1 || midnight.getUTCDate() !== day) return null;
  const local = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), millisecond);
  return new Date(local - offsetMinutes * 60_000).toISOString();
}

function parseIso(text: string): string | null {
  const match = ISO_DATE.exec(text);
  if (match === null) return null;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const offsetMinutes = zoneOffset(zone);
  if (offsetMinutes === null) return null;
  return toIso({
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? '0'),
    minute: Number(minute ?? '0'),
    second: Number(second ?? '0'),
    millisecond: Math.floor(Number(`0.${fraction ?? '0'}`) * 1000),
    offsetMinutes,
  });
}

function parseRfc822(text: string): string | null {
  const match = RFC822_DATE.exec(text);
  if (match === null) return null;
  const [, day, monthName, year, hour, minute, second, zone] = match;
  const month = monthNumber(monthName ?? '');
  const offsetMinutes = zoneOffset(zone);
  if (month === 0 || offsetMinutes === null) return null;
  const shortYear = Number(year);
  return toIso({
    // RFC 2822 4.3: two-digit years below 50 are 20xx.
    year: (year ?? '').length === 2 ? shortYear + (shortYear < 50 ? 2000 : 1900) : shortYear,
    month,
    day: Number(day),
    hour: Number(hour ?? '0'),
    minute: Number(minute ?? '0'),
    second: Number(second ?? '0'),
    millisecond: 0,
    offsetMinutes,
  });
}

/**
 * The publisher's timestamp as ISO-8601 UTC, or null when it is missing or not a real date. Never
 * falls back to "now": a wrong date is worse than none for ordering and deduplication.
 */
export function parseFeedDate(raw: string | null): string | null {
  if (raw === null) return null;
  const text = raw.trim();
  if (text === '' || text.length > MAX_DATE_LENGTH) return null;
  return parseIso(text) ?? parseRfc822(text);
}
