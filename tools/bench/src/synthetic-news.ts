/** A pushed article of the benchmark: its text, and the source it is pushed from. */
export interface SyntheticArticle {
  readonly source: string;
  readonly text: string;
}

const OUTLETS = [
  'harbour-courier.example',
  'northgate-post.example',
  'levant-daily.example',
  'tide-times.example',
  'upland-herald.example',
  'riverside-gazette.example',
];

const COMMON = {
  subjects: [
    'officials',
    'residents',
    'the ministry',
    'investigators',
    'the council',
    'analysts',
    'the union',
    'local leaders',
    'witnesses',
    'the company',
  ],
  verbs: [
    'said',
    'confirmed',
    'warned',
    'announced',
    'denied',
    'reported',
    'estimated',
    'argued',
    'expected',
    'recalled',
  ],
  links: ['after', 'before', 'while', 'because', 'although', 'as', 'since', 'when'],
  times: [
    'on Monday',
    'on Tuesday',
    'late on Wednesday',
    'early on Thursday',
    'on Friday',
    'over the weekend',
    'last month',
    'this week',
  ],
};
const SYLLABLES = [
  'ka',
  'lo',
  'mer',
  'tan',
  'vi',
  'dra',
  'sen',
  'pol',
  'ru',
  'bek',
  'na',
  'thi',
  'gor',
  'el',
  'fa',
  'quin',
  'zo',
  'har',
  'mi',
  'ston',
];
const BOILERPLATE = [
  'Sign up for our morning newsletter to get the day’s top stories in your inbox.',
  'This article was updated with additional reporting from our regional desk.',
  'Follow our live coverage for the latest developments throughout the day.',
];

/**
 * Deterministic generator (mulberry32) so that runs are comparable. 32-bit integer arithmetic
 * throughout: an LCG in doubles loses precision and falls into short cycles (repeated texts).
 */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * News-like text for the benchmark: every original story has its own vocabulary (invented names,
 * places and nouns mixed into common newsroom phrasing), 300–1,000 words in 8–20 paragraphs; one
 * article in five is a syndicated copy of a recent original from another outlet — a rewritten
 * first line (the headline), maybe cut after a few paragraphs, with a boilerplate line added.
 */
export function syntheticNews(count: number, seed = 1): SyntheticArticle[] {
  const random = randomSource(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const word = (syllables: number) =>
    Array.from({ length: syllables }, () => pick(SYLLABLES)).join('');
  const name = () => word(2).replace(/^./u, (c) => c.toUpperCase());
  const articles: SyntheticArticle[] = [];
  const originals: string[][] = [];
  for (let n = 0; n < count; n += 1) {
    const recent = originals.slice(-10);
    if (n % 5 === 4 && recent.length > 0) {
      const original = pick(recent);
      const kept =
        random() < 0.5
          ? original
          : original.slice(0, Math.max(6, Math.floor(original.length * 0.6)));
      const headline = `${name()} report: ${(original[0] ?? '').split(' ').slice(0, 8).join(' ')}`;
      articles.push({
        source: OUTLETS[(n + 3) % OUTLETS.length] ?? 'copy.example',
        text: [headline, ...kept.slice(1), pick(BOILERPLATE)].join('\n\n'),
      });
      continue;
    }
    const people = Array.from({ length: 4 }, () => `${name()} ${name()}`);
    const places = Array.from({ length: 3 }, name);
    const nouns = Array.from({ length: 12 }, () => word(2 + Math.floor(random() * 2)));
    const sentence = () =>
      `${pick([...people, ...COMMON.subjects, `the ${pick(nouns)} board`])} ${pick(COMMON.verbs)} ${pick(COMMON.times)} that the ${pick(nouns)} in ${pick(places)} ${pick(['would', 'could', 'had', 'might'])} ${pick(['change', 'delay', 'expand', 'affect', 'reach'])} ${Math.floor(random() * 900) + 10} ${pick(nouns)} ${pick(COMMON.links)} the ${pick(nouns)} ${pick(['was', 'remained', 'became'])} ${pick(['uncertain', 'contested', 'urgent', 'costly', 'unclear'])}.`;
    const paragraphs = [
      `${places[0]} ${pick(nouns)} ${pick(['dispute', 'inquiry', 'vote', 'crisis', 'deal'])} ${pick(COMMON.times)}`,
    ];
    const target = 300 + Math.floor(random() * 650);
    let words = 0;
    while (words < target) {
      const paragraph = Array.from({ length: 2 + Math.floor(random() * 2) }, sentence).join(' ');
      paragraphs.push(paragraph);
      words += paragraph.split(/\s+/u).length;
    }
    originals.push(paragraphs);
    articles.push({
      source: OUTLETS[n % OUTLETS.length] ?? 'bench.example',
      text: paragraphs.join('\n\n'),
    });
  }
  return articles;
}
