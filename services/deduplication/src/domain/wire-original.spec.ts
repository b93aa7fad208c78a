import { originalRank, ownAgencyOf } from './wire-original';

const copy = (
  articleId: string,
  sourceId: string,
  publishedAt: number | null,
  seenAt = 5000,
  ownAgency: string | null = null,
) => ({ articleId, sourceId, credit: 'AFP', ownAgency, publishedAt, seenAt });

describe('wire originals', () => {
  it("recognises an agency's own service by host label only (stored fingerprints)", () => {
    expect(ownAgencyOf('www.afp.com', 'AFP')).toBe('AFP');
    expect(ownAgencyOf('apnews.com', 'AP')).toBe('AP');
    expect(ownAgencyOf('safp-daily.example', 'AFP')).toBeNull();
    expect(ownAgencyOf('afp.com', null)).toBeNull();
  });

  it("ranks the agency's own item before earlier outlet copies", () => {
    const ranks = [copy('a', 'outlet.example', 1000), copy('b', 'wire:afp', 2000, 5000, 'AFP')].map(
      originalRank,
    );
    expect([...ranks].sort()[0]).toBe(ranks[1]);
  });

  it('ranks the earliest copy first, falling back to first-seen time, then id', () => {
    const ranks = [
      copy('c', 'x.example', 3000),
      copy('a', 'y.example', null, 2000),
      copy('b', 'z.example', 2000),
    ].map(originalRank);
    expect([...ranks].sort().map((rank) => rank.split('|').pop())).toEqual(['a', 'b', 'c']);
  });
});
