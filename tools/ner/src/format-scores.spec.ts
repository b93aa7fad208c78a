import { formatEpoch, formatEvaluation } from './format-scores';

const scores = (tp: number, fp: number, fn: number) => {
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision,
    recall,
    f1: (2 * precision * recall) / (precision + recall),
  };
};

const evaluation = {
  byLabel: { PER: scores(9, 1, 1), ORG: scores(1, 1, 3) },
  overall: scores(10, 2, 4),
  documents: 1,
  sentences: 2,
};

describe('formatEvaluation', () => {
  it('prints one row per class and an overall row, in percent', () => {
    const lines = formatEvaluation(evaluation).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^PER\s+90\.00\s+90\.00\s+90\.00\s+\(tp 9, fp 1, fn 1\)$/);
    expect(lines[3]).toMatch(/^overall\s+83\.33\s+71\.43\s+76\.92/);
  });
});

describe('formatEpoch', () => {
  it('prints training accuracy and, with an evaluation, the dev F1 per class', () => {
    expect(formatEpoch(3, 0.5)).toBe('epoch  3  train sentences right  50.00%');
    expect(formatEpoch(3, 0.5, evaluation)).toContain('dev F1  76.92 PER  90.00 ORG  33.33');
  });
});
