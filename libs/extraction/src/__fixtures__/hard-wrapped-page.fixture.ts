import { type PlainTextPageFixture } from './plain-text-page.fixture';

/** A wire story as delivered by e-mail: hard-wrapped at 68 columns, blank lines between paragraphs. */
export const hardWrappedPage: PlainTextPageFixture = {
  name: 'hard-wrapped wire copy with dateline and reporting credits',
  text: [
    'Chile copper output falls for third month as ore grades decline',
    '',
    'SANTIAGO, June 3 (Reuters) - Copper production in Chile, the',
    "world's biggest producer of the metal, fell 4.1% in April from a",
    'year earlier, the national statistics institute said on Monday, as',
    'ageing mines processed lower-grade ore.',
    '',
    'State miner Codelco has struggled to lift output after a string of',
    'project delays and accidents, while new private mines have been',
    'slow to ramp up to full capacity.',
    '',
    'Analysts expect production to recover in the second half of the',
    'year as an expansion at the Quebrada Blanca mine comes on stream.',
    '',
    '(Reporting by Ana Ruiz; Editing by Tom Hale)',
    '',
  ].join('\n'),
  expected: {
    title: 'Chile copper output falls for third month as ore grades decline',
    byline: null,
    paragraphs: [
      "SANTIAGO, June 3 (Reuters) - Copper production in Chile, the world's biggest producer of the metal, fell 4.1% in April from a year earlier, the national statistics institute said on Monday, as ageing mines processed lower-grade ore.",
      'State miner Codelco has struggled to lift output after a string of project delays and accidents, while new private mines have been slow to ramp up to full capacity.',
      'Analysts expect production to recover in the second half of the year as an expansion at the Quebrada Blanca mine comes on stream.',
    ],
    credit: { agency: 'Reuters', line: 'SANTIAGO, June 3 (Reuters) -' },
  },
};
