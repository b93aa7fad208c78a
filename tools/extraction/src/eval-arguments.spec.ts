import { parseEvalArguments } from './eval-arguments';

describe('parseEvalArguments', () => {
  it('reads the folder and options', () => {
    expect(parseEvalArguments(['data/zyte', '--out', 'r.json', '--limit', '20'])).toEqual({
      dir: 'data/zyte',
      out: 'r.json',
      limit: 20,
    });
    expect(parseEvalArguments(['data/zyte'])).toEqual({ dir: 'data/zyte', out: null, limit: null });
  });

  it('asks for help or refuses bad input', () => {
    expect(parseEvalArguments(['--help'])).toBe('help');
    expect(() => parseEvalArguments([])).toThrow('missing the evaluation folder');
    expect(() => parseEvalArguments(['a', 'b'])).toThrow('unexpected arguments: b');
    expect(() => parseEvalArguments(['a', '--limit', '0'])).toThrow('--limit');
  });
});
