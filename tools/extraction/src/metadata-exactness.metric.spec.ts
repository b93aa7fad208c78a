import { judgeDate, judgeText, scoreVerdicts } from './metadata-exactness.metric';

describe('judgeText', () => {
  it('accepts differences in whitespace only', () => {
    expect(judgeText({ truth: 'Jane  Doe', predicted: ' Jane Doe\n' })).toBe('exact');
    expect(judgeText({ truth: 'Jane Doe', predicted: 'jane doe' })).toBe('wrong');
    expect(judgeText({ truth: 'Jane Doe', predicted: 'By Jane Doe' })).toBe('wrong');
  });

  it('tells a missing guess from a spurious one', () => {
    expect(judgeText({ truth: 'Jane Doe', predicted: null })).toBe('missing');
    expect(judgeText({ truth: null, predicted: 'Jane Doe' })).toBe('spurious');
    expect(judgeText({ truth: '', predicted: ' ' })).toBe('absent');
  });
});

describe('judgeDate', () => {
  it('compares calendar days', () => {
    expect(judgeDate({ truth: '2024-05-20', predicted: '2024-05-20T06:45:00.000Z' })).toBe('exact');
    expect(judgeDate({ truth: '2024-05-20', predicted: '2024-05-21T00:15:00.000Z' })).toBe('wrong');
    expect(judgeDate({ truth: '2024-05', predicted: '2024-05-20T06:45:00.000Z' })).toBe('wrong');
    expect(judgeDate({ truth: 'sometime', predicted: null })).toBe('absent');
  });
});

describe('scoreVerdicts', () => {
  it('divides exact answers by the pages that have a true value', () => {
    const score = scoreVerdicts(['exact', 'exact', 'wrong', 'missing', 'absent', 'spurious']);
    expect(score.exact).toBeCloseTo(2 / 4);
    expect(score.pages).toBe(4);
    expect(score.exactOrAbsent).toBeCloseTo(3 / 6);
    expect(score.verdicts).toEqual({ exact: 2, wrong: 1, missing: 1, absent: 1, spurious: 1 });
  });
});
