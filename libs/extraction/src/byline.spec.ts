import { matchByline } from './byline';

describe('matchByline', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['By JANE DOE and Ali Khan, AFP | 3 May 2024', 'JANE DOE and Ali Khan'],
    ['By Maria de la Cruz', 'Maria de la Cruz'],
    ['By Erik Nilsen (Reuters)', 'Erik Nilsen'],
    ['Written by Tom O’Brien — 3 May 2024', 'Tom O’Brien'],
    ['By Staff Reporter', 'Staff Reporter'],
    ['Par Yann Le Gall', 'Yann Le Gall'],
  ])('reads the names of %j', (line, names) => {
    expect(matchByline(line)).toBe(names);
  });

  it.each([
    'By Monday, the government had announced cuts.',
    'By 2030 emissions must fall by half',
    'by jane doe',
    'Bystanders filmed the collapse',
    'By the time the police arrived, the crowd had gone and the square was empty again',
  ])('rejects %j', (line) => {
    expect(matchByline(line)).toBeNull();
  });
});
