import { declaredDay, parsePrintedDay } from './calendar-day';

describe('parsePrintedDay', () => {
  it.each([
    ['Published on July 18, 2025', '2025-07-18'],
    ['Jan. 17, 2025 at 3:02 pm', '2025-01-17'],
    ['Posted on May 3rd, 2024', '2024-05-03'],
    ['Updated 23 Oct 2025', '2025-10-23'],
    ['19 de diciembre de 2025', '2025-12-19'],
    ['segunda-feira, 22 de janeiro de 2018 às 0:13', '2018-01-22'],
    ['19. Dezember 2025', '2025-12-19'],
    ['12.12.2025', '2025-12-12'],
    ['2025/07/18', '2025-07-18'],
    ['25/09/2025', '2025-09-25'],
  ])('reads %j as %s', (text, day) => {
    expect(parsePrintedDay(text)).toBe(day);
  });

  it('reads an ambiguous slashed date month-first only when told so', () => {
    expect(parsePrintedDay('03/04/2025')).toBe('2025-03-04');
    expect(parsePrintedDay('03/04/2025', false)).toBe('2025-04-03');
  });

  it.each(['Copyright 2024', 'May 2025', 'February 30, 2025', 'Jan 5, 1970', 'Route 12, 2025 km'])(
    'finds no day in %j',
    (text) => {
      expect(parsePrintedDay(text)).toBeNull();
    },
  );
});

describe('declaredDay', () => {
  it('keeps the day the publisher wrote, not the UTC one', () => {
    expect(declaredDay('2025-12-19T09:04:00+13:00')).toBe('2025-12-19');
    expect(declaredDay('2025-06-25T20:57:54-0400')).toBe('2025-06-25');
  });

  it('reads days declared in words', () => {
    expect(declaredDay('Oct 31, 2025')).toBe('2025-10-31');
    expect(declaredDay('Fri, 31 Aug 2018 12:28:00 GMT')).toBe('2018-08-31');
    expect(declaredDay('last Tuesday')).toBeNull();
    expect(declaredDay(null)).toBeNull();
  });
});
