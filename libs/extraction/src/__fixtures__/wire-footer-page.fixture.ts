import { page, type PlainTextPageFixture } from './plain-text-page.fixture';

const body = [
  "Tunisian authorities on Tuesday opened the country's largest seawater desalination plant near the southern port of Sfax, a project meant to ease chronic summer shortages.",
  'The plant can treat 100,000 cubic metres a day and will supply about 800,000 residents, the water ministry said in a statement carried by state media.',
  'Officials said the facility had been delayed for three years by financing disputes and by the pandemic, which halted the delivery of membranes from Europe.',
  'Farmers in the region have complained for years that groundwater levels were falling, forcing some to abandon olive groves that had been in their families for generations.',
  'The ministry said a second plant, near Gabes, would be completed by the end of next year.',
];

/** A North-African wire page: credit line, then dated related headlines, then a doubled footer. */
export const wireFooterPage: PlainTextPageFixture = {
  name: 'wire page with dated headline list and doubled footer',
  text: page([
    '',
    ...body,
    'Source: Reuters',
    'GMT 09:14 2019 Monday ,11 March',
    'Mauritania hosts regional fisheries summitGMT 08:50 2019 Monday ,11 March',
    'Rail link between Rabat and Fez reopens after stormsGMT 17:02 2019 Sunday ,10 March',
    "Libya's oil output 'back to normal' says NOCGMT 16:40 2019 Sunday ,10 March",
    'Algerian students join weekend marchesGMT 11:05 2019 Sunday ,10 March',
    'New museum of Amazigh heritage opens in Agadir',
    'Website maintained by Maghreb Media Services SARL.',
    'Copyright © 2024 North Africa Wire. All rights reserved.',
    'Website maintained by Maghreb Media Services SARL.',
    'Copyright © 2024 North Africa Wire. All rights reserved.',
    'Post your comment',
    'Comment as a guest',
  ]),
  expected: {
    title: null,
    byline: null,
    paragraphs: body,
    credit: { agency: 'Reuters', line: 'Source: Reuters' },
  },
};
