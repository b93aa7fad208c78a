import { page, type PlainTextPageFixture } from './plain-text-page.fixture';

const body = [
  'NAIROBI (AFP) — Kenya will double the number of rangers guarding its northern wildlife reserves after a surge in elephant poaching, the tourism minister said on Thursday.',
  'Officials counted 46 elephants killed for their tusks in the first four months of the year, compared with 19 over the same period last year.',
  'The new rangers will be recruited from communities living next to the reserves, a model that conservation groups credit with reducing poaching in the south.',
  '"We cannot protect these animals without the people who live beside them," the minister told reporters at a ranger training school in Isiolo.',
  'Conservationists welcomed the plan but warned that ivory prices in Asian markets remained high enough to attract organised gangs.',
];

/** A magazine-style page: headline, byline and date above the body, a read-more list below. */
export const relatedListPage: PlainTextPageFixture = {
  name: 'page with title line, byline, advert break and read-more list',
  text: page([
    'Kenya to double ranger patrols as elephant poaching rises',
    'By Amina Otieno',
    'Published: 16 May 2024, 14:05 EAT',
    body[0] ?? '',
    body[1] ?? '',
    'Advertisement',
    body[2] ?? '',
    body[3] ?? '',
    body[4] ?? '',
    'Read more',
    'Drought pushes Somali herders into cities',
    'Tanzania bans plastic bags at national parks',
    'Uganda opens first solar-powered game lodge',
    'Sign up to our Africa Today newsletter',
    'Privacy Policy | Terms of Use | Contact Us',
  ]),
  expected: {
    title: 'Kenya to double ranger patrols as elephant poaching rises',
    byline: 'Amina Otieno',
    paragraphs: body,
    credit: { agency: 'AFP', line: 'NAIROBI (AFP) —' },
  },
};
