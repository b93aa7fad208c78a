import { page, type PlainTextPageFixture } from './plain-text-page.fixture';

const body = [
  "Canberra — Australia's central bank left its cash rate unchanged at 4.35 per cent on Tuesday, saying inflation was falling more slowly than it had hoped.",
  'Governor Michele Bullock told a news conference that the board had not ruled anything in or out, repeating a phrase that markets have come to read as a warning.',
  'Economists had expected the pause after figures last week showed consumer prices rising 3.6 per cent in the year to March.',
  'The bank now expects inflation to return to its target band of 2 to 3 per cent in late 2025, about six months later than it forecast in February.',
];

/** A finance site scraped with its cookie banner, duplicated menus, an echoed paragraph and a comment thread. */
export const repeatedLinesPage: PlainTextPageFixture = {
  name: 'page with cookie notice, repeated menus, echoed paragraph and visitor comments',
  text: page([
    'We use cookies to improve your experience. By continuing to browse this site you agree to our use of cookies.',
    'Markets',
    'Economy',
    'Reserve Bank holds rates, warns inflation is sticky',
    'AAP',
    body[0] ?? '',
    body[1] ?? '',
    body[1] ?? '',
    body[2] ?? '',
    body[3] ?? '',
    'Markets',
    'Economy',
    '3 Comments',
    'Another pause while mortgage holders keep paying more every month, it is absurd.',
    'The bank is right to wait, cutting too early would undo everything achieved so far.',
    'Your email address will not be published.',
    'Leave a reply',
  ]),
  expected: {
    title: 'Reserve Bank holds rates, warns inflation is sticky',
    byline: null,
    paragraphs: body,
    credit: { agency: 'AAP', line: 'AAP' },
  },
};
