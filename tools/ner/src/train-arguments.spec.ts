import { DEFAULT_MODEL_PATH } from './ner-tool-paths';
import { parseTrainArguments, TRAIN_DEFAULTS } from './train-arguments';

describe('parseTrainArguments', () => {
  it('takes the training file, an optional dev file and the chosen defaults', () => {
    expect(parseTrainArguments(['train.txt'])).toEqual({
      trainPath: 'train.txt',
      devPath: undefined,
      ...TRAIN_DEFAULTS,
      out: DEFAULT_MODEL_PATH,
    });
    expect(parseTrainArguments(['train.txt', 'dev.txt']).devPath).toBe('dev.txt');
  });

  it('reads the study flags', () => {
    expect(
      parseTrainArguments([
        't.txt',
        '--epochs',
        '3',
        '--scheme',
        'BIO',
        '--bits',
        '18',
        '--out',
        'm.bin',
      ]),
    ).toMatchObject({ epochs: 3, scheme: 'BIO', bits: 18, out: 'm.bin' });
  });

  it('rejects bad input with a message for the terminal', () => {
    expect(() => parseTrainArguments([])).toThrow(/usage/);
    expect(() => parseTrainArguments(['a', 'b', 'c'])).toThrow(/unexpected arguments: c/);
    expect(() => parseTrainArguments(['a', '--scheme', 'IOB'])).toThrow(/BIO or BILOU/);
    expect(() => parseTrainArguments(['a', '--epochs', '0'])).toThrow(/--epochs/);
    expect(() => parseTrainArguments(['a', '--bits', '30'])).toThrow(/--bits/);
    expect(() => parseTrainArguments(['a', '--seed', '1'])).toThrow();
  });
});
