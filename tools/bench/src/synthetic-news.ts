import { readFileSync } from 'node:fs';
import path from 'node:path';

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
];

/**
 * Realistic news text for the benchmark: the three 585–597-word articles written for the NER
 * benchmark, shuffled and stamped so every article is unique, and one in five a syndicated copy
 * (same body, another outlet, a local paragraph added) so the near-duplicate path is exercised.
 */
export function syntheticNews(count: number, seed = 1): SyntheticArticle[] {
  const dir = path.join(__dirname, '..', '..', 'ner', 'fixtures');
  const bases = ['climate-talks.txt', 'cup-final.txt', 'port-strike.txt'].map((file) =>
    readFileSync(path.join(dir, file), 'utf8')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
  );
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const articles: SyntheticArticle[] = [];
  let original: SyntheticArticle | null = null;
  for (let n = 0; n < count; n += 1) {
    if (original && n % 5 === 4) {
      articles.push({
        source: OUTLETS[(n + 1) % OUTLETS.length] ?? 'copy.example',
        text: `${original.text}\n\nLocal officials in district ${n} said they were following the story closely.`,
      });
      continue;
    }
    const base = bases[n % bases.length] ?? [];
    const paragraphs = [...base]
      .sort(() => random() - 0.5)
      .slice(0, Math.max(4, Math.floor(base.length * 0.9)));
    paragraphs.unshift(
      `Bulletin ${n}: an update filed at ${(n * 7) % 24}:${String((n * 13) % 60).padStart(2, '0')} local time, reference ${n}-${Math.floor(random() * 1e6)}.`,
    );
    original = {
      source: OUTLETS[n % OUTLETS.length] ?? 'bench.example',
      text: paragraphs.join('\n\n'),
    };
    articles.push(original);
  }
  return articles;
}
