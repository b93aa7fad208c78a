import { parseEvalArguments } from './eval-arguments';
import { DEFAULT_MODEL_PATH } from './ner-tool-paths';

describe('parseEvalArguments', () => {
  it('defaults to the committed model, document mode and a result under dist/eval', () => {
    expect(parseEvalArguments(['/data/conll2003-dev.txt'])).toEqual({
      file: '/data/conll2003-dev.txt',
      model: DEFAULT_MODEL_PATH,
      perSentence: false,
      minConfidence: undefined,
      out: 'dist/eval/ner-conll2003-dev.json',
    });
  });

  it('reads --model, --per-sentence, --min-confidence and --out', () => {
    expect(
      parseEvalArguments(['dev.txt', '--model', 'm.bin', '--per-sentence', '--out', 'r.json']),
    ).toEqual({
      file: 'dev.txt',
      model: 'm.bin',
      perSentence: true,
      minConfidence: undefined,
      out: 'r.json',
    });
    expect(parseEvalArguments(['dev.txt', '--min-confidence', '0']).minConfidence).toBe(0);
    expect(() => parseEvalArguments(['dev.txt', '--min-confidence', '2'])).toThrow(/0 to 1/);
    expect(parseEvalArguments(['dev.txt', '--per-sentence']).out).toBe(
      'dist/eval/ner-dev-per-sentence.json',
    );
  });

  it('rejects a missing or extra file', () => {
    expect(() => parseEvalArguments([])).toThrow(/usage/);
    expect(() => parseEvalArguments(['a.txt', 'b.txt'])).toThrow(/unexpected arguments/);
  });
});
