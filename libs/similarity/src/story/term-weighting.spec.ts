import {
  cosineSimilarity,
  countDocumentFrequencies,
  inverseDocumentFrequency,
  setCosine,
  tfIdfVector,
} from './term-weighting';

describe('countDocumentFrequencies', () => {
  it('counts each key once per document', () => {
    const frequencies = countDocumentFrequencies([['a', 'a', 'b'], ['a'], []]);
    expect(frequencies.documents).toBe(3);
    expect(frequencies.frequency('a')).toBe(2);
    expect(frequencies.frequency('b')).toBe(1);
    expect(frequencies.frequency('z')).toBe(0);
  });
});

describe('inverseDocumentFrequency', () => {
  it('is ln((N+1)/(df+1)) + 1, highest for unseen keys', () => {
    const frequencies = countDocumentFrequencies([['a'], ['a'], ['b']]);
    expect(inverseDocumentFrequency(frequencies, 'a')).toBeCloseTo(Math.log(4 / 3) + 1, 12);
    expect(inverseDocumentFrequency(frequencies, 'z')).toBeCloseTo(Math.log(4) + 1, 12);
  });
});

describe('tfIdfVector', () => {
  const frequencies = countDocumentFrequencies([['t:a'], ['t:b']]);

  it('has unit length', () => {
    const vector = tfIdfVector(
      new Map([
        ['a', 3],
        ['b', 1],
      ]),
      frequencies,
      't:',
    );
    const length = Math.sqrt([...vector.values()].reduce((sum, w) => sum + w * w, 0));
    expect(length).toBeCloseTo(1, 12);
  });

  it('damps repeated terms when sublinear', () => {
    const counts = new Map([
      ['a', 10],
      ['b', 1],
    ]);
    const sublinear = tfIdfVector(counts, frequencies, 't:');
    const raw = tfIdfVector(counts, frequencies, 't:', { sublinear: false });
    expect(sublinear.get('b') ?? 0).toBeGreaterThan(raw.get('b') ?? 0);
  });

  it('is empty for no counts', () => {
    expect(tfIdfVector(new Map(), frequencies, 't:').size).toBe(0);
  });
});

describe('cosineSimilarity', () => {
  it('is 1 for identical, 0 for disjoint unit vectors', () => {
    const a = new Map([
      ['x', 0.6],
      ['y', 0.8],
    ]);
    expect(cosineSimilarity(a, a)).toBeCloseTo(1, 12);
    expect(cosineSimilarity(a, new Map([['z', 1]]))).toBe(0);
    expect(cosineSimilarity(a, new Map([['x', 1]]))).toBeCloseTo(0.6, 12);
  });
});

describe('setCosine', () => {
  it('is |A∩B| / √(|A||B|)', () => {
    expect(
      setCosine(new Set(['1', '2']), new Set(['2', '3', '4', '5', '6', '7', '8'])),
    ).toBeCloseTo(1 / Math.sqrt(14), 12);
    expect(setCosine(new Set(), new Set(['1']))).toBe(0);
  });
});
