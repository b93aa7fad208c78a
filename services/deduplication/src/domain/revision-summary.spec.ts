import { MAX_QUOTED_PARAGRAPHS, quoteParagraph, summariseRevision } from './revision-summary';

const V1 = {
  title: 'Fire forces evacuation of four villages on Evia',
  paragraphs: [
    'A wildfire on the Greek island of Evia forced the evacuation of four villages overnight, the fire brigade said on Tuesday.',
    'Water-dropping aircraft resumed operations at first light and more than 200 firefighters were on the ground.',
    'The cause of the fire was not yet known.',
  ],
};

describe('summariseRevision', () => {
  it('reports a rewritten headline with the old one, and the paragraphs added and removed', () => {
    const v2 = {
      title: 'Evia wildfire: six villages evacuated as winds strengthen',
      paragraphs: [
        'A wildfire on the Greek island of Evia forced the evacuation of six villages overnight, the fire brigade said on Tuesday.',
        V1.paragraphs[1] ?? '',
        'Civil protection minister Nikos Varelas said the blaze had burned about 3,400 hectares.',
      ],
    };
    expect(summariseRevision(1, V1, v2)).toEqual({
      previousVersion: 1,
      headlineChanged: true,
      previousHeadline: V1.title,
      paragraphsAdded: 1,
      paragraphsRemoved: 1,
      paragraphsEdited: 1,
      added: [
        'Civil protection minister Nikos Varelas said the blaze had burned about 3,400 hectares.',
      ],
      removed: ['The cause of the fire was not yet known.'],
    });
  });

  it('leaves the old headline out when only typography changed', () => {
    const summary = summariseRevision(3, V1, { ...V1, title: V1.title.toUpperCase() });
    expect(summary).toMatchObject({
      previousVersion: 3,
      headlineChanged: false,
      previousHeadline: null,
    });
    expect(summary.added).toEqual([]);
  });

  it('quotes only the first few changed paragraphs, each cut short', () => {
    const long = Array.from(
      { length: 6 },
      (_, i) =>
        `Update ${i}: ${'the council met again and agreed on a further measure '.repeat(10)}`,
    );
    const summary = summariseRevision(1, V1, { ...V1, paragraphs: [...V1.paragraphs, ...long] });
    expect(summary.paragraphsAdded).toBe(6);
    expect(summary.added).toHaveLength(MAX_QUOTED_PARAGRAPHS);
    expect(summary.added.every((p) => p.length <= 300 && p.endsWith('…'))).toBe(true);
  });

  it('cuts at a word boundary when one is near', () => {
    expect(quoteParagraph('short')).toBe('short');
    expect(quoteParagraph('alpha beta gamma delta', 12)).toBe('alpha beta…');
    expect(quoteParagraph('x'.repeat(20), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
