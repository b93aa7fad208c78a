import { syntheticNews } from './synthetic-news';

// Five-word shingles, as near-duplicate detection compares texts.
const shinglesOf = (text: string) => {
  const words = text.toLowerCase().split(/\W+/u).filter(Boolean);
  return new Set(words.slice(4).map((_, i) => words.slice(i, i + 5).join(' ')));
};

describe('syntheticNews', () => {
  it('makes unique, realistic-length articles with one syndicated copy in five, deterministically', () => {
    const articles = syntheticNews(50);
    expect(new Set(articles.map((a) => a.text)).size).toBe(50);
    const words = articles.map((a) => a.text.split(/\s+/).length);
    expect(Math.min(...words)).toBeGreaterThanOrEqual(150);
    expect(Math.max(...words)).toBeLessThanOrEqual(1100);
    expect(syntheticNews(50)).toEqual(articles);
    const copies = articles.filter((a, n) => {
      const body = a.text.split('\n\n').slice(1, 3).join('\n\n');
      return articles.some((b, m) => m !== n && b.text.includes(body));
    });
    expect(copies.length).toBeGreaterThanOrEqual(16);
    expect(copies.length).toBeLessThanOrEqual(25);
  });

  it('keeps every text distinct over a benchmark-sized run', () => {
    const texts = syntheticNews(1000).map((a) => a.text);
    expect(new Set(texts).size).toBe(1000);
    expect(new Set(texts.map((t) => t.split('\n\n')[1])).size).toBeGreaterThan(790);
  });

  it('gives different stories different text', () => {
    const [a, b] = syntheticNews(2);
    const left = shinglesOf(a?.text ?? '');
    const right = shinglesOf(b?.text ?? '');
    const shared = [...left].filter((w) => right.has(w)).length;
    expect(shared / Math.min(left.size, right.size)).toBeLessThan(0.05);
  });
});
