import {
  detectCredit,
  matchCreditLine,
  matchDatelineCredit,
  matchSignoffCredit,
} from './credit-line';

describe('matchCreditLine', () => {
  it.each([
    ['Source: AFP', 'AFP'],
    ['Source: Reuters', 'Reuters'],
    ['SOURCE: Xinhua', 'Xinhua'],
    ['Sources: AFP, Reuters', 'AFP'],
    ['(AFP) -', 'AFP'],
    ['— AP', 'AP'],
    ['-- dpa', 'dpa'],
    ['AFP', 'AFP'],
    ['EFE', 'EFE'],
    ['ANSA', 'ANSA'],
    ['PA Media', 'PA'],
    ['Kyodo', 'Kyodo'],
    ['AAP', 'AAP'],
    ['Agence France-Presse', 'AFP'],
    ['Associated Press', 'AP'],
    ['With AFP', 'AFP'],
    ['Additional reporting by Reuters', 'Reuters'],
    ['AFP contributed to this report.', 'AFP'],
    ['The Associated Press contributed to this story.', 'AP'],
    ['© 2024 The Associated Press. All rights reserved.', 'AP'],
    ['Copyright 2024 Agence France-Presse', 'AFP'],
    ['By Jane Doe, AFP', 'AFP'],
    ['By JANE DOE (Reuters)', 'Reuters'],
  ])('recognises %j as a %s credit', (line, agency) => {
    expect(matchCreditLine(line)).toEqual({ agency, line: line.trim(), method: 'credit-line' });
  });

  it.each([
    'Officials told Reuters on Monday that the talks had stalled.',
    'The minister spoke to AFP in Paris.',
    'Source: the health ministry',
    'Source: agencies',
    'ap',
    'Map of the region',
    'By Jane Doe',
    'Photo: AFP/File',
    '',
  ])('does not take %j for a credit', (line) => {
    expect(matchCreditLine(line)).toBeNull();
  });
});

describe('matchDatelineCredit', () => {
  it.each([
    ['PARIS (AFP) — France said on Monday.', 'AFP', 'PARIS (AFP) —', 'France said on Monday.'],
    [
      'PARIS, May 3 (Reuters) - The euro rose.',
      'Reuters',
      'PARIS, May 3 (Reuters) -',
      'The euro rose.',
    ],
    [
      'BEIJING, Aug. 30 (Xinhua) -- Talks ended.',
      'Xinhua',
      'BEIJING, Aug. 30 (Xinhua) --',
      'Talks ended.',
    ],
    ['(AP) — A storm hit the coast.', 'AP', '(AP) —', 'A storm hit the coast.'],
    [
      'Berlin (dpa) - Die Regierung hat entschieden.',
      'dpa',
      'Berlin (dpa) -',
      'Die Regierung hat entschieden.',
    ],
    [
      'MADRID, 3 may (EFE).- El Gobierno aprobó.',
      'EFE',
      'MADRID, 3 may (EFE).-',
      'El Gobierno aprobó.',
    ],
  ])('reads the dateline of %j', (paragraph, agency, line, rest) => {
    expect(matchDatelineCredit(paragraph)).toEqual({ agency, line, method: 'dateline', rest });
  });

  it.each([
    'The minister (who spoke to reporters) - said yes.',
    'PARIS — France said on Monday it would act.',
    'The talks (in Paris) — were long.',
    'Officials said (AFP) - nothing.',
    'PARIS (AFP) said nothing new.',
  ])('does not read a dateline into %j', (paragraph) => {
    expect(matchDatelineCredit(paragraph)).toBeNull();
  });
});

describe('matchSignoffCredit', () => {
  it.each([
    ['He said no. (AFP)', '(AFP)', 'AFP'],
    ['He said no. — AP', '— AP', 'AP'],
    ['It was "over." -- Reuters', '-- Reuters', 'Reuters'],
  ])('reads the sign-off of %j', (paragraph, line, agency) => {
    expect(matchSignoffCredit(paragraph)).toEqual({ agency, line, method: 'signoff' });
  });

  it.each(['He said no (see chart).', 'Prices rose 3% (Reuters data).', 'He said no. — Jane Doe'])(
    'finds no sign-off in %j',
    (paragraph) => {
      expect(matchSignoffCredit(paragraph)).toBeNull();
    },
  );
});

describe('detectCredit', () => {
  it('prefers the dateline of the first paragraph', () => {
    expect(detectCredit(['LONDON (Reuters) - Shares fell.', 'Source: AFP'])).toEqual({
      agency: 'Reuters',
      line: 'LONDON (Reuters) -',
      method: 'dateline',
    });
  });

  it('falls back to a standalone credit line, then to a sign-off', () => {
    expect(detectCredit(['Shares fell.', 'Source: AFP'])?.agency).toBe('AFP');
    expect(detectCredit(['Shares fell.', 'Bonds rose. (dpa)'])?.agency).toBe('dpa');
  });

  it('ignores an agency named inside a sentence in the middle of the body', () => {
    expect(
      detectCredit([
        'The company denied the report.',
        'Reuters reported last week that the company had held talks with two rivals.',
        'Shares closed higher.',
      ]),
    ).toBeNull();
  });

  it('returns null for no paragraphs', () => {
    expect(detectCredit([])).toBeNull();
  });
});
