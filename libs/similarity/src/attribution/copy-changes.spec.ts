import { summariseChanges } from './copy-changes';

const ORIGINAL = {
  title: 'Dockworkers strike at Sines',
  paragraphs: [
    'SINES, Portugal (AFP) - Dockworkers walked off the job on Tuesday at the start of a strike.',
    'The union says automation will eliminate up to 300 jobs at the terminal.',
    'Port authority chairman Henrique Valadares said no one would be dismissed.',
    'Talks are due to resume on Thursday, the ministry said.',
  ],
};

describe('summariseChanges', () => {
  it('reports nothing for an identical text', () => {
    expect(summariseChanges(ORIGINAL, ORIGINAL)).toEqual({
      headlineChanged: false,
      paragraphsAdded: 0,
      paragraphsRemoved: 0,
      paragraphsEdited: 0,
      truncated: false,
      reordered: false,
      addedIndexes: [],
      removedIndexes: [],
    });
  });

  it('ignores typography in the headline but sees a rewrite', () => {
    expect(
      summariseChanges(ORIGINAL, { ...ORIGINAL, title: 'DOCKWORKERS STRIKE AT SINES' })
        .headlineChanged,
    ).toBe(false);
    expect(
      summariseChanges(ORIGINAL, { ...ORIGINAL, title: 'Strike shuts Sines port' }).headlineChanged,
    ).toBe(true);
    expect(summariseChanges(ORIGINAL, { ...ORIGINAL, title: null }).headlineChanged).toBe(true);
  });

  it('recognises truncation to the first paragraphs', () => {
    const changes = summariseChanges(ORIGINAL, {
      ...ORIGINAL,
      paragraphs: ORIGINAL.paragraphs.slice(0, 2),
    });
    expect(changes).toMatchObject({
      paragraphsRemoved: 2,
      truncated: true,
      removedIndexes: [2, 3],
    });
  });

  it('counts added local paragraphs and a dropped middle paragraph (not truncation)', () => {
    const [p0, p1, , p3] = ORIGINAL.paragraphs;
    const copy = {
      title: ORIGINAL.title,
      paragraphs: [
        p0,
        p1,
        p3,
        'In Setubal, dockers will meet on Friday to decide whether to join.',
      ].map(String),
    };
    expect(summariseChanges(ORIGINAL, copy)).toMatchObject({
      paragraphsAdded: 1,
      paragraphsRemoved: 1,
      truncated: false,
      addedIndexes: [3],
      removedIndexes: [2],
    });
  });

  it('counts light edits (dateline, spelling) as edited, not added and removed', () => {
    const copy = {
      title: ORIGINAL.title,
      paragraphs: [
        'SINES (AFP) — Dockworkers walked off the job Tuesday at the start of a strike.',
        ...ORIGINAL.paragraphs.slice(1),
      ],
    };
    expect(summariseChanges(ORIGINAL, copy)).toMatchObject({
      paragraphsEdited: 1,
      paragraphsAdded: 0,
      paragraphsRemoved: 0,
    });
  });

  it('notices reordered paragraphs', () => {
    const [p0, p1, p2, p3] = ORIGINAL.paragraphs.map(String);
    const changes = summariseChanges(ORIGINAL, {
      ...ORIGINAL,
      paragraphs: [p0, p2, p1, p3].map(String),
    });
    expect(changes.reordered).toBe(true);
    expect(changes.paragraphsAdded + changes.paragraphsRemoved).toBe(0);
  });
});
