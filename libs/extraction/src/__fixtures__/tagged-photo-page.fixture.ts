import { page, type PlainTextPageFixture } from './plain-text-page.fixture';

const body = [
  'Tokyo — Japan will resume whale meat exports to Iceland for the first time in a decade, the fisheries agency said Monday, drawing criticism from conservation groups.',
  'Iceland reported the trade to the Convention on International Trade in Endangered Species, which both countries say allows it under a reservation they hold.',
  'A Reuters analysis of customs data last year showed domestic demand for whale meat in Japan had fallen by more than half since 2010.',
  "Environmental groups said they would ask the convention's secretariat to review the shipments.",
];

/** A page whose title is known from the feed, with a photo credit, tags and a share row. */
export const taggedPhotoPage: PlainTextPageFixture = {
  name: 'page with a given title, photo credit, tag list and agency mentioned in a sentence',
  title: 'Japan to resume whale meat exports to Iceland',
  text: page([
    'Japan to resume whale meat exports to Iceland',
    'Photo: Kyodo/File',
    ...body,
    'Kyodo',
    'Tags',
    'Japan',
    'Iceland',
    'Whaling',
    'Print',
    'Email',
  ]),
  expected: {
    title: 'Japan to resume whale meat exports to Iceland',
    byline: null,
    paragraphs: body,
    credit: { agency: 'Kyodo', line: 'Kyodo' },
  },
};
