import { page, type PlainTextPageFixture } from './plain-text-page.fixture';

const body = [
  "Shares in Norway's largest salmon farmer fell 7 per cent on Wednesday after the government confirmed plans for a new tax on aquaculture profits.",
  'The finance ministry said the levy would raise about 3.8 billion crowns a year, which would be shared with coastal municipalities that host fish farms.',
  'Industry groups warned that the tax would slow investment in new farms and push production to Chile and the Faroe Islands.',
];

/** A business page followed by a labelled block of teasers whose blurbs are full sentences. */
export const teaserListPage: PlainTextPageFixture = {
  name: 'page followed by a labelled teaser block with prose blurbs',
  title: 'Salmon farmer shares slide on new Norway tax',
  text: page([
    'Salmon farmer shares slide on new Norway tax',
    'By Erik Nilsen and Sara Lund, Reuters',
    ...body,
    'More from Business',
    'Oil fund posts record first-quarter return',
    'The sovereign wealth fund gained 1.2 trillion crowns in the quarter, lifted by technology stocks.',
    'Shipping group orders six ammonia-powered vessels',
    'The order is worth about 4 billion crowns and the first ship is due in 2027.',
    '© 2024 Nordic Business Daily',
  ]),
  expected: {
    title: 'Salmon farmer shares slide on new Norway tax',
    byline: 'Erik Nilsen and Sara Lund',
    paragraphs: body,
    credit: { agency: 'Reuters', line: 'By Erik Nilsen and Sara Lund, Reuters' },
  },
};
