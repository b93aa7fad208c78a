import { matchAgencyName } from './agency-catalog';

describe('matchAgencyName', () => {
  it.each([
    ['AFP', 'AFP'],
    ['Agence France-Presse', 'AFP'],
    ['agence france presse', 'AFP'],
    ['AP', 'AP'],
    ['The Associated Press', 'AP'],
    ['Reuters', 'Reuters'],
    ['REUTERS', 'Reuters'],
    ['dpa', 'dpa'],
    ['EFE', 'EFE'],
    ['ANSA', 'ANSA'],
    ['Xinhua', 'Xinhua'],
    ['PA Media', 'PA'],
    ['Press Association', 'PA'],
    ['Kyodo', 'Kyodo'],
    ['AAP', 'AAP'],
    ['Anadolu Agency', 'Anadolu'],
    ['UPI', 'UPI'],
    [' (AFP). ', 'AFP'],
  ])('recognises %j as %s', (name, code) => {
    expect(matchAgencyName(name)).toBe(code);
  });

  it.each(['ap', 'pa', 'map', 'Map', 'Reuters reported', 'the AFP office', 'agencies', ''])(
    'does not take %j for an agency',
    (text) => {
      expect(matchAgencyName(text)).toBeNull();
    },
  );
});
