import { attributeWireCopies, pickOriginal, type WireCopy } from './wire-attribution.policy';

const MINUTE = 60_000;
const copy = (articleId: string, minute: number, overrides: Partial<WireCopy> = {}): WireCopy => ({
  articleId,
  sourceId: `${articleId}.example`,
  publishedAt: minute * MINUTE,
  seenAt: minute * MINUTE,
  credit: 'AFP',
  ownAgency: null,
  title: 'Strike at Sines',
  paragraphs: ['Dockworkers walked off the job on Tuesday.', 'Talks resume on Thursday.'],
  ...overrides,
});

describe('pickOriginal', () => {
  it("takes the agency's own item even when an outlet ran the text first", () => {
    expect(
      pickOriginal([copy('outlet', 1), copy('afp', 5, { ownAgency: 'AFP' }), copy('late', 9)]),
    ).toEqual({
      originalId: 'afp',
      agency: 'AFP',
      reason: 'agency-item',
    });
  });

  it('takes the earliest copy when the agency item was not seen', () => {
    expect(pickOriginal([copy('b', 7), copy('a', 3), copy('c', 4)])).toEqual({
      originalId: 'a',
      agency: 'AFP',
      reason: 'earliest-copy',
    });
  });

  it('ignores an agency service that is not the credited agency', () => {
    const copies = [
      copy('outlet', 1),
      copy('outlet2', 2),
      copy('reuters', 0, { ownAgency: 'Reuters', credit: null }),
    ];
    expect(pickOriginal(copies)).toMatchObject({
      originalId: 'reuters',
      agency: 'AFP',
      reason: 'earliest-copy',
    });
  });

  it('falls back to when a copy was seen when it has no publication time', () => {
    const copies = [copy('a', 10, { publishedAt: null, seenAt: 2 * MINUTE }), copy('b', 5)];
    expect(pickOriginal(copies).originalId).toBe('a');
  });

  it('breaks an equal vote in favour of the earlier credit, and works without credits', () => {
    expect(
      pickOriginal([copy('a', 1, { credit: 'AP' }), copy('b', 2, { credit: 'AFP' })]).agency,
    ).toBe('AP');
    expect(pickOriginal([copy('a', 1, { credit: null })])).toEqual({
      originalId: 'a',
      agency: null,
      reason: 'earliest-copy',
    });
  });

  it('needs at least one copy', () => {
    expect(() => pickOriginal([])).toThrow(RangeError);
  });
});

describe('attributeWireCopies', () => {
  it('summarises every other copy against the original', () => {
    const result = attributeWireCopies([
      copy('afp', 0, { ownAgency: 'AFP' }),
      copy('short', 3, {
        title: 'Port strike',
        paragraphs: ['Dockworkers walked off the job on Tuesday.'],
      }),
    ]);
    expect(result.originalId).toBe('afp');
    expect(result.copies).toEqual([
      {
        articleId: 'short',
        changes: expect.objectContaining({
          headlineChanged: true,
          paragraphsRemoved: 1,
          truncated: true,
        }),
      },
    ]);
  });
});
