import type { LabelledSpan } from '../tagger/entity-span.types';
import { addCounts, countSpans, scoreCounts } from './span-metrics.util';

const span = (start: number, end: number, label: LabelledSpan['label']): LabelledSpan => ({
  start,
  end,
  label,
});

describe('countSpans and scoreCounts', () => {
  // Gold: PER 0-5, PER 10-15, LOC 20-25, ORG 30-40, MISC 50-55.
  const gold = [
    span(0, 5, 'PER'),
    span(10, 15, 'PER'),
    span(20, 25, 'LOC'),
    span(30, 40, 'ORG'),
    span(50, 55, 'MISC'),
  ];
  // Predicted: PER 0-5 right; PER 10-14 wrong boundary; ORG 20-25 wrong class;
  // ORG 30-40 right; LOC 60-65 spurious; MISC ignored.
  const predicted = [
    span(0, 5, 'PER'),
    span(10, 14, 'PER'),
    span(20, 25, 'ORG'),
    span(30, 40, 'ORG'),
    span(60, 65, 'LOC'),
    span(50, 55, 'MISC'),
  ];
  const counts = countSpans(gold, predicted, ['PER', 'ORG', 'LOC']);

  it('counts only exact start, end and class as a match, per class', () => {
    expect(counts.get('PER')).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    expect(counts.get('ORG')).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 0 });
    expect(counts.get('LOC')).toEqual({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
    expect(counts.has('MISC')).toBe(false);
  });

  it('computes precision, recall and F1 by hand-checked numbers', () => {
    // PER: P = 1/2, R = 1/2, F1 = 1/2.
    expect(scoreCounts(counts.get('PER')!)).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5 });
    // ORG: P = 1/2, R = 1, F1 = 2/3.
    const org = scoreCounts(counts.get('ORG')!);
    expect(org.f1).toBeCloseTo(2 / 3, 10);
    // Overall (micro): tp 2, fp 3, fn 2 → P = 2/5, R = 2/4, F1 = 4/9.
    const overall = scoreCounts(addCounts(...counts.values()));
    expect(overall).toMatchObject({ truePositives: 2, falsePositives: 3, falseNegatives: 2 });
    expect(overall.precision).toBeCloseTo(0.4, 10);
    expect(overall.recall).toBeCloseTo(0.5, 10);
    expect(overall.f1).toBeCloseTo(4 / 9, 10);
  });

  it('never divides by zero and matches a gold span at most once', () => {
    expect(scoreCounts(addCounts())).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    const twice = countSpans([span(0, 3, 'LOC')], [span(0, 3, 'LOC'), span(0, 3, 'LOC')], ['LOC']);
    expect(twice.get('LOC')).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 0 });
  });
});
