import {
  endsLikeSentence,
  isFragment,
  isHeadlineShaped,
  isProse,
  isTitleShaped,
  wordCount,
} from './line-shape';

describe('wordCount', () => {
  it('counts tokens with letters or digits, not lone punctuation', () => {
    expect(wordCount('Talks -- in 2024 — resumed , today')).toBe(5);
  });
});

describe('endsLikeSentence', () => {
  it.each([
    'He left.',
    'Why?',
    'Stop!',
    'He said "no."',
    "It's 'over.'",
    'Fin…',
    'انتهى؟',
    'समाप्त।',
  ])('accepts %j', (line) => {
    expect(endsLikeSentence(line)).toBe(true);
  });

  it.each(['Cabinet approves budget', "Four soldiers wounded'", 'Tags:'])('rejects %j', (line) => {
    expect(endsLikeSentence(line)).toBe(false);
  });
});

describe('isProse', () => {
  it('accepts short sentences and long paragraphs without a final stop', () => {
    expect(isProse('He denied it.')).toBe(true);
    expect(isProse('The statement read as follows:')).toBe(true);
    expect(
      isProse(
        'The committee met for six hours on Tuesday and agreed to publish its findings on the collapse of the bridge next month after the holidays',
      ),
    ).toBe(true);
  });

  it('rejects headlines and scraps', () => {
    expect(isProse('Cabinet approves new budget for schools')).toBe(false);
    expect(isProse('OK.')).toBe(false);
    expect(isProse('Tags:')).toBe(false);
  });
});

describe('line classes', () => {
  it('tells headlines from fragments', () => {
    expect(isHeadlineShaped('Cabinet approves new budget')).toBe(true);
    expect(isHeadlineShaped('Markets')).toBe(false);
    expect(isFragment('Markets')).toBe(true);
    expect(isFragment('Middle East')).toBe(true);
    expect(isFragment('He denied it.')).toBe(false);
  });

  it('accepts titles ending in a question but not in a full stop', () => {
    expect(isTitleShaped('Is the euro in trouble?')).toBe(true);
    expect(isTitleShaped('Cabinet approves new budget')).toBe(true);
    expect(isTitleShaped('Cabinet approved the budget.')).toBe(false);
    expect(isTitleShaped('Markets')).toBe(false);
  });
});
