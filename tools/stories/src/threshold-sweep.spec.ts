import { chooseThreshold, SWEEP_THRESHOLDS, sweepThresholds, type Curve } from './threshold-sweep';

// One topic; F1 per threshold is set through the counts: tp = round(100·f), fp = fn = 100 − tp
// gives precision = recall = F1 = f.
const counts = (f1: number) => {
  const tp = Math.round(100 * f1);
  return [{ truePositives: tp, falsePositives: 100 - tp, falseNegatives: 100 - tp }];
};
const curveOf = (values: readonly number[]): Curve =>
  values.map((f1, index) => ({ threshold: index / 10, perTopic: counts(f1) }));

describe('sweepThresholds', () => {
  it('scores every threshold of the sweep', () => {
    const seen: number[] = [];
    const curve = sweepThresholds((threshold) => {
      seen.push(threshold);
      return [];
    });
    expect(seen).toEqual(SWEEP_THRESHOLDS);
    expect(curve).toHaveLength(41);
    expect(SWEEP_THRESHOLDS[0]).toBe(0.1);
    expect(SWEEP_THRESHOLDS[40]).toBe(0.5);
  });
});

describe('chooseThreshold', () => {
  const curve = curveOf([0.5, 0.9, 0.5, 0.8, 0.8, 0.8, 0.5]);

  it('takes the raw maximum without smoothing', () => {
    expect(chooseThreshold(curve, { smooth: false }).threshold).toBe(0.1);
  });

  it('prefers a plateau to a lone spike when smoothing', () => {
    expect(chooseThreshold(curve, { smooth: true }).threshold).toBe(0.4);
  });

  it('scores only the given topics', () => {
    const twoTopics: Curve = [
      { threshold: 0.1, perTopic: [...counts(0.9), ...counts(0.1)] },
      { threshold: 0.2, perTopic: [...counts(0.2), ...counts(0.8)] },
    ];
    expect(chooseThreshold(twoTopics, { smooth: false }, new Set([0])).threshold).toBe(0.1);
    expect(chooseThreshold(twoTopics, { smooth: false }, new Set([1])).threshold).toBe(0.2);
  });

  it('rejects an empty curve', () => {
    expect(() => chooseThreshold([], { smooth: true })).toThrow(/empty/u);
  });
});
