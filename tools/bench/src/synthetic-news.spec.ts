import { syntheticNews } from './synthetic-news';

describe('syntheticNews', () => {
  it('makes unique, realistic-length articles with syndicated copies, deterministically', () => {
    const articles = syntheticNews(20);
    expect(new Set(articles.map((a) => a.text)).size).toBe(20);
    const words = articles.map((a) => a.text.split(/\s+/).length);
    expect(Math.min(...words)).toBeGreaterThanOrEqual(300);
    expect(Math.max(...words)).toBeLessThanOrEqual(1000);
    expect(articles[4]?.text.startsWith(articles[3]?.text ?? '-')).toBe(true);
    expect(syntheticNews(20)).toEqual(articles);
  });
});
