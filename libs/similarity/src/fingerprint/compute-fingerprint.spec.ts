import { computeFingerprint, fingerprintWords } from './compute-fingerprint';
import { DEFAULT_FINGERPRINT_CONFIG, fingerprintScheme } from './fingerprint.model';
import { exactOverlap } from './set-similarity.util';

const STORY = [
  'Flood barriers went up along the river in Kelbridge on Monday as forecasters warned of the highest water levels in two decades.',
  'The council said 400 homes in the low-lying Marsh End district had been advised to prepare for evacuation if the barriers were overtopped.',
  '"We are asking people to move valuables upstairs and to check on elderly neighbours tonight," council leader Ruth Abernethy said.',
  'The river is expected to peak early on Wednesday, two days after heavy rain fell across the hills to the north of the town.',
  'Rail services between Kelbridge and the coast were suspended after water covered the line near the old mill bridge.',
];

describe('fingerprintWords', () => {
  it('drops short lines such as credits, keeping all words when nothing else is left', () => {
    expect(fingerprintWords(['Source: AFP', 'The council met on Monday evening.'], 6)).toEqual([
      'the',
      'council',
      'met',
      'on',
      'monday',
      'evening',
    ]);
    expect(fingerprintWords('Source: AFP', 6)).toEqual(['source', 'afp']);
  });

  it('splits a string body into lines', () => {
    expect(fingerprintWords('one two three\n\nfour five six', 0)).toHaveLength(6);
  });
});

describe('computeFingerprint', () => {
  const original = computeFingerprint(STORY);

  it('names its scheme and fills every part', () => {
    expect(original.scheme).toBe(fingerprintScheme(DEFAULT_FINGERPRINT_CONFIG));
    expect(original.scheme).toBe('w5-p6-mh64-b32r2-v1');
    expect(original.signature).toHaveLength(64);
    expect(original.bucketKeys).toHaveLength(32);
    expect(original.shingleCount).toBe(original.shingles.length);
  });

  it('pins a fingerprint so that stored buckets stay valid across releases', () => {
    const pinned = computeFingerprint(
      'The quick brown fox jumps over the lazy dog near the river bank today.',
    );
    expect(pinned.shingleCount).toBe(10);
    expect(pinned.bucketKeys.slice(0, 2)).toEqual(['00:1e5f187884379b85', '01:c778e04696806a86']);
  });

  it('is identical for the same text, whatever the typography and paragraph breaks', () => {
    const retyped = STORY.join('\n').replace(/"/gu, '“').replace('Marsh End', 'MARSH END');
    expect(computeFingerprint(retyped)).toEqual(original);
  });

  it('sees a copy cut after two paragraphs as contained in the original', () => {
    const truncated = computeFingerprint(STORY.slice(0, 2));
    expect(exactOverlap(truncated.shingles, original.shingles).containment).toBe(1);
  });

  it('ignores added credit and prompt lines', () => {
    const padded = computeFingerprint(['Source: AFP', ...STORY, 'Follow us on social media']);
    expect(padded.shingles).toEqual(original.shingles);
  });

  it('keeps most shingles when paragraphs are reordered', () => {
    // Only the 4 windows spanning each changed boundary differ: 4 boundaries × 4 of ~110.
    const order = [2, 0, 1, 4, 3];
    const reordered = computeFingerprint(order.map((index) => STORY[index] ?? ''));
    expect(exactOverlap(reordered.shingles, original.shingles).containment).toBeGreaterThan(0.8);
  });

  it('shares nothing with an unrelated text', () => {
    const other = computeFingerprint(
      'Shares in the chipmaker rose sharply after it reported record quarterly profits and raised its forecast for the rest of the year.',
    );
    expect(exactOverlap(other.shingles, original.shingles).shared).toBe(0);
    expect(other.bucketKeys.filter((key) => original.bucketKeys.includes(key))).toEqual([]);
  });

  it('has no bucket keys for a body without words', () => {
    const empty = computeFingerprint(' — ');
    expect(empty.shingleCount).toBe(0);
    expect(empty.bucketKeys).toEqual([]);
  });

  it('rejects a signature smaller than its bands', () => {
    expect(() =>
      computeFingerprint(STORY, { ...DEFAULT_FINGERPRINT_CONFIG, signatureSize: 16 }),
    ).toThrow(RangeError);
  });
});
