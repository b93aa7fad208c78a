import { extractStoryFeatures, foldPlural, storyFeatureKeys } from './story-features';

describe('extractStoryFeatures', () => {
  it('counts content words without stop words, folding plurals', () => {
    const { terms } = extractStoryFeatures('The strikes closed the port. A strike was called.');
    expect(Object.fromEntries(terms)).toEqual({ strike: 2, closed: 1, port: 1, called: 1 });
  });

  it('takes capitalised words as names, but not a word capitalised only at a sentence start', () => {
    const { names } = extractStoryFeatures(
      'Police said Marta Quintela led the strike. Quintela spoke to Police Scotland later.',
    );
    expect(Object.fromEntries(names)).toEqual({ marta: 1, quintela: 2, police: 2, scotland: 1 });
    expect(extractStoryFeatures('Police said the road was closed.').names.size).toBe(0);
  });

  it('does not end a sentence at a title abbreviation or an initial', () => {
    const { names } = extractStoryFeatures('He met Dr. Sanjay Gupta and John F. Kennedy Jr.');
    expect([...names.keys()]).toEqual(expect.arrayContaining(['sanjay', 'gupta', 'kennedy']));
  });

  it('keeps initialisms apart from ordinary words', () => {
    const { names, terms } = extractStoryFeatures('Officials in the U.S. told us of the plan.');
    expect(names.has('u.s.')).toBe(true);
    expect(terms.has('us')).toBe(false);
  });

  it('ignores day and month names and possessive endings as names', () => {
    const { names } = extractStoryFeatures("On Monday, Lohan's lawyer met Lohan in March.");
    expect(Object.fromEntries(names)).toEqual({ lohan: 2 });
  });

  it('collects numbers of two or more digits, without grouping', () => {
    const { numbers } = extractStoryFeatures(
      'The 3 ships carried 30,000 tonnes in 2025, worth 1.7 million.',
    );
    expect([...numbers].sort()).toEqual(['1.7', '2025', '30000']);
  });

  it('accepts lines and folds accents', () => {
    const { names } = extractStoryFeatures(['Storm hits', 'Officials in São Tomé said so.']);
    expect([...names.keys()]).toEqual(['sao', 'tome']);
  });

  it('returns empty features for empty text', () => {
    const features = extractStoryFeatures('');
    expect([features.terms.size, features.names.size, features.numbers.size]).toEqual([0, 0, 0]);
  });
});

describe('foldPlural', () => {
  it('folds -s and -ies, leaving -ss, -us and -is alone', () => {
    expect(['ships', 'cities', 'press', 'virus', 'crisis', 'gas'].map(foldPlural)).toEqual([
      'ship',
      'city',
      'press',
      'virus',
      'crisis',
      'gas',
    ]);
  });
});

describe('storyFeatureKeys', () => {
  it('prefixes terms and names so one frequency table serves both', () => {
    expect(storyFeatureKeys(extractStoryFeatures('Officials met Quintela.'))).toEqual([
      't:official',
      't:met',
      't:quintela',
      'n:quintela',
    ]);
  });
});
