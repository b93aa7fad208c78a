// How tagger output is compared with Reuters-21578 index terms (lower-case, hyphenated strings
// such as `usa`, `james-baker`, `opec`). The rule is generic — lower-case, strip accents, join
// words with hyphens — plus the alias tables below for names Reuters writes differently. The
// corpus is from 1987, so present-day countries map to the states of the time (documented in
// docs/quality-ner.md). Nothing here is derived from the documents being scored.

/** Lower-case, accent-free, hyphen-joined: "Côte d'Ivoire" → "cote-d-ivoire". */
export function reutersSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** ISO 3166-1 alpha-2 → Reuters place string where the slug of the name is not it. */
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  US: 'usa',
  GB: 'uk',
  AE: 'uae',
  KR: 'south-korea',
  KP: 'north-korea',
  CI: 'ivory-coast',
  MM: 'burma',
  KH: 'kampuchea',
  CD: 'zaire',
  CG: 'congo',
  CV: 'cape-verde',
  SZ: 'swaziland',
  TT: 'trinidad-tobago',
  VA: 'vatican',
  MO: 'macao',
  WS: 'western-samoa',
  YE: 'yemen-arab-republic',
  CZ: 'czechoslovakia',
  SK: 'czechoslovakia',
  DE: 'west-germany',
  BA: 'yugoslavia',
  HR: 'yugoslavia',
  ME: 'yugoslavia',
  MK: 'yugoslavia',
  RS: 'yugoslavia',
  SI: 'yugoslavia',
  XK: 'yugoslavia',
  ...Object.fromEntries(
    ['RU', 'UA', 'BY', 'KZ', 'UZ', 'GE', 'AZ', 'AM', 'LT', 'LV', 'EE', 'MD', 'KG', 'TJ', 'TM'].map(
      (code) => [code, 'ussr'],
    ),
  ),
};

/** The Reuters place string of a country, given its code and English name. */
export function reutersPlace(countryCode: string, countryName: string): string {
  return COUNTRY_ALIASES[countryCode] ?? reutersSlug(countryName);
}

/** Full organisation names → Reuters org strings (acronyms match by their slug already). */
const ORG_ALIASES: Readonly<Record<string, string>> = {
  'european community': 'ec',
  'european economic community': 'ec',
  'common market': 'ec',
  'organization of petroleum exporting countries': 'opec',
  'international monetary fund': 'imf',
  'world bank': 'worldbank',
  'general agreement on tariffs and trade': 'gatt',
  'united nations': 'un',
  'organisation for economic co-operation and development': 'oecd',
  'organization for economic cooperation and development': 'oecd',
  'bank for international settlements': 'bis',
  'international coffee organization': 'ico-coffee',
  'international cocoa organization': 'icco',
  'food and agriculture organization': 'fao',
  'international energy agency': 'iea',
  'association of southeast asian nations': 'asean',
  'association of south east asian nations': 'asean',
  'international atomic energy agency': 'iaea',
  'world health organization': 'who',
  'asian development bank': 'adb-asia',
  'african development bank': 'adb-africa',
  'international tin council': 'itc',
  'international labour organisation': 'ilo',
  'international labor organization': 'ilo',
  'gulf cooperation council': 'gcc',
  'european free trade association': 'efta',
  'european investment bank': 'eib',
  'international development association': 'ida',
  'international sugar organization': 'iso',
};

/**
 * The Reuters org string an organisation maps to: its name or any of its mention texts, by slug
 * or through the alias table; undefined when it is outside the index's label set.
 */
export function reutersOrg(
  names: readonly string[],
  known: ReadonlySet<string>,
): string | undefined {
  for (const name of names) {
    const alias = ORG_ALIASES[name.toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '')];
    if (alias !== undefined && known.has(alias)) return alias;
    const slug = reutersSlug(name);
    if (known.has(slug)) return slug;
  }
  return undefined;
}

/**
 * The Reuters people string a person maps to: the index mostly keeps surnames (`reagan`) and
 * full names where surnames collide (`james-baker`), so the full name is tried, then the last
 * two words, then the surname. Undefined when outside the label set.
 */
export function reutersPerson(
  names: readonly string[],
  known: ReadonlySet<string>,
): string | undefined {
  for (const name of names) {
    const words = reutersSlug(name).split('-').filter(Boolean);
    for (const take of [words.length, 2, 1]) {
      const slug = words.slice(-take).join('-');
      if (take <= words.length && known.has(slug)) return slug;
    }
  }
  return undefined;
}

/**
 * Reuters topic codes → IPTC Media Topics. The Reuters categories are economic (earnings,
 * acquisitions, currencies, rates, trade, commodities and their markets), so nearly all map to
 * medtop:04000000; employment figures are labour.
 */
export const REUTERS_TOPIC_TO_MEDIA_TOPIC: Readonly<Record<string, string>> = {
  jobs: 'medtop:09000000',
};

export const DEFAULT_REUTERS_MEDIA_TOPIC = 'medtop:04000000';

/** The Media Topics a document's Reuters topics stand for. */
export function mediaTopicsOf(reutersTopics: readonly string[]): Set<string> {
  return new Set(
    reutersTopics.map(
      (topic) => REUTERS_TOPIC_TO_MEDIA_TOPIC[topic] ?? DEFAULT_REUTERS_MEDIA_TOPIC,
    ),
  );
}
