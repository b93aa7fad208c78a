import { computeFingerprint } from '../fingerprint/compute-fingerprint';
import type { ArticleFingerprint } from '../fingerprint/fingerprint.model';
import {
  compareFingerprints,
  decideNearDuplicate,
  DEFAULT_NEAR_DUPLICATE_THRESHOLDS,
} from './near-duplicate.policy';

const STORY = [
  'Firefighters in the northern port of Velmar spent the night fighting a blaze that destroyed a grain warehouse on the main quay.',
  'The fire broke out shortly after nine in the evening and spread to two neighbouring sheds before it was brought under control at dawn.',
  'Port director Ilse Moravec said no one had been hurt and that ships would be loaded from the southern berths until the quay was cleared.',
  'About 12,000 tonnes of wheat awaiting export were lost, according to the grain traders association, which put the damage at several million euros.',
  'Police said they had not ruled out arson and appealed for witnesses who had been near the warehouse on Tuesday evening.',
  'It is the second fire at the port this year, after a smaller blaze in March damaged a crane and a customs office.',
];
const UNRELATED = [
  'The city orchestra announced a new principal conductor on Thursday, ending a search that lasted almost two years and drew more than forty applicants.',
  'The conductor, who has led ensembles in three countries, will take up the post next autumn and has signed a contract for five seasons.',
];

const stored = (articleId: string, paragraphs: readonly string[]) => ({
  articleId,
  fingerprint: computeFingerprint(paragraphs),
});

describe('decideNearDuplicate', () => {
  it('calls an identical body a near-duplicate with similarity 1', () => {
    expect(decideNearDuplicate(computeFingerprint(STORY), [stored('a', STORY)])).toEqual({
      verdict: 'near-duplicate',
      duplicateOf: 'a',
      similarity: 1,
      containment: 1,
      matches: [{ articleId: 'a', similarity: 1, containment: 1 }],
    });
  });

  it('calls a disjoint body unique', () => {
    expect(decideNearDuplicate(computeFingerprint(UNRELATED), [stored('a', STORY)])).toEqual({
      verdict: 'unique',
      duplicateOf: null,
      similarity: 0,
      containment: 0,
      matches: [],
    });
  });

  it('is unique when there are no candidates', () => {
    expect(decideNearDuplicate(computeFingerprint(STORY), []).verdict).toBe('unique');
  });

  it('finds a copy cut after three paragraphs by containment, though Jaccard is about half', () => {
    const decision = decideNearDuplicate(computeFingerprint(STORY.slice(0, 3)), [
      stored('a', STORY),
    ]);
    expect(decision.verdict).toBe('near-duplicate');
    expect(decision.containment).toBe(1);
    expect(decision.similarity).toBeLessThan(0.6);
  });

  it('finds a copy with a local paragraph added and a word changed', () => {
    const local = [
      ...STORY.slice(0, 4).map((p) => p.replace('neighbouring', 'neighboring')),
      'In Velmar town centre, traders said smoke could be seen from the market square all night.',
    ];
    const decision = decideNearDuplicate(computeFingerprint(local), [stored('a', STORY)]);
    expect(decision.verdict).toBe('near-duplicate');
    expect(decision.containment).toBeGreaterThan(DEFAULT_NEAR_DUPLICATE_THRESHOLDS.minContainment);
  });

  it('does not call a one-line brief a copy of the article containing it', () => {
    const brief = [STORY[0] ?? ''];
    const decision = decideNearDuplicate(computeFingerprint(brief), [stored('a', STORY)]);
    expect(decision.containment).toBe(1);
    expect(decision.verdict).toBe('unique');
  });

  it('links to the best-contained candidate, whatever the candidate order', () => {
    const candidates = [
      stored('other', UNRELATED),
      stored('full', STORY),
      stored('part', STORY.slice(0, 2)),
    ];
    const copy = computeFingerprint(STORY.slice(0, 5));
    expect(decideNearDuplicate(copy, candidates).duplicateOf).toBe('full');
    expect(decideNearDuplicate(copy, [...candidates].reverse()).duplicateOf).toBe('full');
  });

  it('lists every qualifying candidate, best first, so that groups can be joined', () => {
    const candidates = [
      stored('part', STORY.slice(0, 3)),
      stored('other', UNRELATED),
      stored('full', STORY),
    ];
    const decision = decideNearDuplicate(computeFingerprint(STORY.slice(0, 4)), candidates);
    // Both contain or are contained wholly; the three-paragraph copy has the higher Jaccard.
    expect(decision.matches.map((match) => match.articleId)).toEqual(['part', 'full']);
  });
});

describe('compareFingerprints', () => {
  it('estimates from signatures when shingle sets are not loaded', () => {
    const withoutShingles = (f: ArticleFingerprint): ArticleFingerprint => ({
      ...f,
      shingles: new Uint32Array(0),
    });
    const full = computeFingerprint(STORY);
    const truncated = computeFingerprint(STORY.slice(0, 3));
    const estimated = compareFingerprints(withoutShingles(truncated), withoutShingles(full));
    expect(estimated.containment).toBeGreaterThan(0.7);
    expect(compareFingerprints(withoutShingles(full), withoutShingles(full)).jaccard).toBe(1);
  });

  it('refuses to compare fingerprints of different schemes', () => {
    const a = computeFingerprint(STORY);
    expect(() => compareFingerprints(a, { ...a, scheme: 'w4-other' })).toThrow(/schemes differ/u);
  });
});
