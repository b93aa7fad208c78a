import { isTimestampOnly, splitGluedTimestamp } from './timestamp-patterns';

describe('isTimestampOnly', () => {
  it.each([
    'GMT 09:14 2019 Monday ,11 March',
    'Updated 10:32 AM ET',
    'Published: 16 May 2024, 14:05 EAT',
    '31/08/2018',
    '2024-05-03T10:32:00Z',
    '2 hours ago',
    'Monday, 3 June 2024 | 14:05',
    'Aug 31, 2018 at 9:41 pm',
    '3 May',
    'First Published: Jun 03 2024 | 11:32 PM IST',
    '2 de abril de 2024',
    'segunda-feira, 22 de janeiro de 2018 às 0:13',
    'Mittwoch, 19. Dezember 2025',
    'jeudi 4 décembre 2025',
  ])('recognises %j', (line) => {
    expect(isTimestampOnly(line)).toBe(true);
  });

  it.each([
    'Friday',
    'May 2019',
    '2019',
    'The talks resumed on Friday.',
    'Talks resume at 10:00 in Geneva',
    'Markets',
    'Mar de plata',
    'Abril en Sevilla',
  ])('rejects %j', (line) => {
    expect(isTimestampOnly(line)).toBe(false);
  });
});

describe('splitGluedTimestamp', () => {
  it('splits a headline glued to a trailing dateline', () => {
    expect(
      splitGluedTimestamp('Rail link reopens after stormsGMT 17:02 2019 Sunday ,10 March'),
    ).toEqual({
      text: 'Rail link reopens after storms',
      timestamp: 'GMT 17:02 2019 Sunday ,10 March',
    });
  });

  it('splits relative and leading stamps', () => {
    expect(splitGluedTimestamp('Floods hit the north 2 hours ago')?.text).toBe(
      'Floods hit the north',
    );
    expect(splitGluedTimestamp('12:05 | Floods hit the north')?.text).toBe('Floods hit the north');
    expect(splitGluedTimestamp('31/08/2018 Floods hit the north')?.text).toBe(
      'Floods hit the north',
    );
  });

  it.each([
    'Elections set for May 2019',
    'Meeting moved to 2025',
    'The deal was signed on Friday, 31 August 2018.',
    'Cabinet approves new budget',
    'GMT 09:14 2019 Monday ,11 March',
  ])('leaves %j alone', (line) => {
    expect(splitGluedTimestamp(line)).toBeNull();
  });
});
