import { page, type PlainTextPageFixture } from './plain-text-page.fixture';

const body = [
  "Portugal's parliament on Friday approved a law allowing remote workers from outside the European Union to stay for up to five years, extending a scheme launched during the pandemic.",
  'The government says more than 12,000 so-called digital nomad visas were issued last year, most of them to Americans, Brazilians and Britons.',
  'Critics argue the programme has pushed up rents in Lisbon and Porto, where local wages have not kept pace with housing costs.',
  'The housing minister said a separate bill would cap rent increases on new contracts in cities where prices rose fastest.',
  'The law still needs to be signed by the president, who has 20 days to approve it or send it back to parliament.',
];

/** A European news site: menu and share bar furniture, a newsletter box inside the body. */
export const newsletterPromptsPage: PlainTextPageFixture = {
  name: 'page with menu, inline newsletter box, share bar and sign-off credit',
  text: page([
    'Home | World | Europe | Business | Travel',
    'Log in',
    'Portugal extends visa scheme for remote workers',
    'Updated 10:32 AM BST, Sat 18 May 2024',
    body[0] ?? '',
    body[1] ?? '',
    'Get our free Europe Briefing newsletter delivered to your inbox every morning.',
    'Subscribe',
    body[2] ?? '',
    body[3] ?? '',
    body[4] ?? '',
    '— AP',
    'Share this article',
    'Facebook Twitter WhatsApp Email',
    'Most read',
    'Spain raises minimum wage for sixth year',
    'Greek islands brace for record tourist season',
    'Italy fines airline over baggage fees',
  ]),
  expected: {
    title: 'Portugal extends visa scheme for remote workers',
    byline: null,
    paragraphs: body,
    credit: { agency: 'AP', line: '— AP' },
  },
};
