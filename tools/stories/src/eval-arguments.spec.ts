import { parseEvalArguments } from './eval-arguments';

describe('parseEvalArguments', () => {
  it('defaults to a sweep, five orders and a result under dist/', () => {
    expect(parseEvalArguments(['dev.jsonl'])).toEqual({
      file: 'dev.jsonl',
      threshold: null,
      out: 'dist/eval/stories-eval.json',
      orders: 5,
    });
  });

  it('takes a fixed threshold, an output path and a number of orders', () => {
    expect(
      parseEvalArguments(['t.jsonl', '--threshold', '0.3', '--out', 'r.json', '--orders', '2']),
    ).toEqual({ file: 't.jsonl', threshold: 0.3, out: 'r.json', orders: 2 });
  });

  it('rejects a missing file, stray arguments and out-of-range values', () => {
    expect(() => parseEvalArguments([])).toThrow(/usage/u);
    expect(() => parseEvalArguments(['a', 'b'])).toThrow(/unexpected/u);
    expect(() => parseEvalArguments(['a', '--threshold', '2'])).toThrow(/between 0 and 1/u);
    expect(() => parseEvalArguments(['a', '--threshold', 'x'])).toThrow(/between 0 and 1/u);
    expect(() => parseEvalArguments(['a', '--orders', '0'])).toThrow(/orders/u);
  });
});
