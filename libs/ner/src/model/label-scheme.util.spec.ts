import {
  allowedTransitions,
  decodeLabels,
  encodeSpans,
  labelsOf,
  type TokenSpan,
} from './label-scheme.util';

const spans: TokenSpan[] = [
  { first: 0, last: 1, label: 'PER' },
  { first: 3, last: 3, label: 'LOC' },
  { first: 4, last: 6, label: 'ORG' },
];

function names(sequence: Int32Array, labels: readonly string[]): string[] {
  return [...sequence].map((index) => labels[index] ?? '?');
}

describe('labelsOf', () => {
  it('puts O first, then each prefix of each class', () => {
    expect(labelsOf('BIO')).toEqual([
      'O',
      'B-PER',
      'I-PER',
      'B-ORG',
      'I-ORG',
      'B-LOC',
      'I-LOC',
      'B-MISC',
      'I-MISC',
    ]);
    expect(labelsOf('BILOU')).toHaveLength(17);
  });
});

describe('encodeSpans and decodeLabels', () => {
  it.each(['BIO', 'BILOU'] as const)('round-trips spans through %s', (scheme) => {
    const labels = labelsOf(scheme);
    const encoded = encodeSpans(8, spans, scheme, labels);
    expect(decodeLabels(encoded, labels)).toEqual(spans);
  });

  it('writes BILOU prefixes', () => {
    const labels = labelsOf('BILOU');
    expect(names(encodeSpans(8, spans, 'BILOU', labels), labels)).toEqual([
      'B-PER',
      'L-PER',
      'O',
      'U-LOC',
      'B-ORG',
      'I-ORG',
      'L-ORG',
      'O',
    ]);
  });

  it('separates adjacent spans of one class in BIO', () => {
    const labels = labelsOf('BIO');
    const adjacent: TokenSpan[] = [
      { first: 0, last: 0, label: 'LOC' },
      { first: 1, last: 2, label: 'LOC' },
    ];
    expect(names(encodeSpans(3, adjacent, 'BIO', labels), labels)).toEqual([
      'B-LOC',
      'B-LOC',
      'I-LOC',
    ]);
    expect(decodeLabels(encodeSpans(3, adjacent, 'BIO', labels), labels)).toEqual(adjacent);
  });

  it('repairs sequences no scheme allows instead of dropping tokens', () => {
    const labels = labelsOf('BIO');
    const index = (name: string): number => labels.indexOf(name);
    const broken = Int32Array.from(['I-PER', 'I-ORG', 'O', 'I-LOC'].map(index));
    expect(decodeLabels(broken, labels)).toEqual([
      { first: 0, last: 0, label: 'PER' },
      { first: 1, last: 1, label: 'ORG' },
      { first: 3, last: 3, label: 'LOC' },
    ]);
  });
});

describe('allowedTransitions', () => {
  const allowed = (scheme: 'BIO' | 'BILOU', from: string, to: string): boolean => {
    const labels = labelsOf(scheme);
    const size = labels.length + 1;
    const index = (name: string): number =>
      name === '^' || name === '$' ? labels.length : labels.indexOf(name);
    return allowedTransitions(labels, scheme)[index(from) * size + index(to)] === 1;
  };

  it('lets I- follow only its own class in BIO', () => {
    expect(allowed('BIO', 'B-PER', 'I-PER')).toBe(true);
    expect(allowed('BIO', 'I-PER', 'I-PER')).toBe(true);
    expect(allowed('BIO', 'O', 'I-PER')).toBe(false);
    expect(allowed('BIO', 'B-ORG', 'I-PER')).toBe(false);
    expect(allowed('BIO', '^', 'I-PER')).toBe(false);
    expect(allowed('BIO', 'I-PER', '$')).toBe(true);
  });

  it('forces BILOU spans to close before anything else starts', () => {
    expect(allowed('BILOU', 'B-PER', 'L-PER')).toBe(true);
    expect(allowed('BILOU', 'B-PER', 'O')).toBe(false);
    expect(allowed('BILOU', 'I-PER', 'L-ORG')).toBe(false);
    expect(allowed('BILOU', 'L-PER', 'U-LOC')).toBe(true);
    expect(allowed('BILOU', 'U-LOC', 'I-LOC')).toBe(false);
    expect(allowed('BILOU', 'B-LOC', '$')).toBe(false);
    expect(allowed('BILOU', '^', 'L-LOC')).toBe(false);
  });
});
