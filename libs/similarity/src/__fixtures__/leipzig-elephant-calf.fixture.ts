import { edited, firstN, picked, type WireStoryFixture } from './syndication-item.fixture';

// A dpa story in English whose wire item is never seen; the earliest copy is a truncated one,
// and it must still be the original. Zoo staff are fictional.

const WIRE = [
  'LEIPZIG, Germany (dpa) - An Asian elephant calf has been born at Leipzig Zoo, the first elephant birth at the zoo in six years, keepers announced on Wednesday.',
  'The female calf, which weighs about 110 kilograms, was born shortly after midnight on Tuesday to 19-year-old cow Tamika after a pregnancy of almost 22 months, the zoo said.',
  '"Mother and daughter are doing well. The calf was standing within half an hour and drank for the first time after about two hours," said senior keeper Jonas Albrecht, who watched the birth on a camera in the elephant house.',
  'The rest of the herd gathered around the calf and greeted her with rumbling calls and trunk touches, Albrecht said, adding that the older females had been allowed to stay close because they help protect the newborn.',
  'Zoo director Katrin Vollmer said the birth was an important success for the European breeding programme for Asian elephants, which are classed as endangered, with fewer than 50,000 thought to remain in the wild.',
  'The calf and her mother will stay in the elephant house for the next few days, but visitors should be able to see them in the outdoor enclosure from next week, depending on the weather, the zoo said.',
  'The Leipzig herd now numbers seven animals. The zoo lost a two-year-old calf to a herpes virus infection in 2021, a disease that kills many young elephants in zoos and in the wild.',
  'Veterinarians will take regular blood samples from the newborn to check for the virus, Vollmer said. The zoo plans to let the public suggest names for the calf in an online vote.',
];

const EVENT = 'leipzig-calf-born';
const base = { copyOf: 'dpa-leipzig', event: EVENT, credit: 'dpa', ownAgency: null } as const;

export const leipzigElephantCalf: WireStoryFixture = {
  wireId: 'dpa-leipzig',
  expectedOriginal: 'leipzig-saxony-today',
  items: [
    {
      ...base,
      id: 'leipzig-saxony-today',
      sourceId: 'saxony-today.example',
      title: 'Leipzig Zoo welcomes first elephant calf in six years',
      publishedAt: '2025-10-08T09:10:00Z',
      paragraphs: [
        ...picked(WIRE, firstN(6)),
        'Saxony Today readers can follow the zoo’s updates on the calf in our live blog.',
      ],
    },
    {
      ...base,
      id: 'leipzig-rhine-gazette',
      sourceId: 'rhine-gazette.example',
      title: 'Baby elephant born in Leipzig',
      publishedAt: '2025-10-08T09:45:00Z',
      paragraphs: [...WIRE, '(dpa/rg)'],
    },
    {
      ...base,
      id: 'leipzig-harbour-courier',
      sourceId: 'harbour-courier.example',
      title: 'Asian elephant calf born at German zoo',
      publishedAt: '2025-10-08T10:30:00Z',
      paragraphs: [
        ...edited(WIRE, [
          ['LEIPZIG, Germany (dpa) - ', 'BERLIN (dpa) — '],
          ['European breeding programme', 'European breeding program'],
          ['about 110 kilograms', 'about 110 kilograms (243 pounds)'],
        ]),
        'Sign up to the Harbour Courier business briefing, delivered to your inbox every weekday morning.',
      ],
    },
    {
      ...base,
      id: 'leipzig-levant-daily',
      sourceId: 'levant-daily.example',
      title: 'Endangered Asian elephant calf born in Leipzig',
      publishedAt: '2025-10-08T11:00:00Z',
      paragraphs: edited(picked(WIRE, [0, 1, 4, 2, 3, 5, 7]), [
        ['keepers announced on Wednesday', 'the zoo announced Wednesday'],
        ['said senior keeper Jonas Albrecht', 'senior keeper Jonas Albrecht said'],
      ]),
    },
    {
      ...base,
      id: 'leipzig-kids-news',
      sourceId: 'kids-news.example',
      title: 'A baby elephant is born!',
      publishedAt: '2025-10-08T12:15:00Z',
      paragraphs: [
        'Good news from Germany this week for animal lovers:',
        ...picked(WIRE, firstN(4)),
        'Did you know? A baby elephant can drink more than ten litres of milk a day, and it takes several months before it learns how to use its trunk properly.',
        'Ask a grown-up to help you look at pictures of the calf on the zoo’s website.',
      ],
    },
    {
      ...base,
      id: 'leipzig-market-watch',
      sourceId: 'market-watchers.example',
      title: 'Zoo baby boom: Leipzig elephant calf could lift visitor numbers',
      publishedAt: '2025-10-08T14:20:00Z',
      paragraphs: [
        ...edited(picked(WIRE, [0, 1, 2, 4, 5]), [
          ['LEIPZIG, Germany (dpa) - ', 'LEIPZIG (dpa) - '],
          ['with fewer than 50,000 thought', 'with fewer than 50 000 believed'],
        ]),
        'Zoos in Germany often report a rise in visitor numbers after the birth of a young elephant, and Leipzig, which drew about 1.7 million visitors last year, expects a busy autumn half-term.',
        'The zoo is owned by the city and has spent more than 100 million euros on new enclosures over the past two decades.',
      ],
    },
  ],
  hardNegatives: [
    {
      id: 'leipzig-prices',
      sourceId: 'saxony-today.example',
      title: 'Leipzig Zoo to raise ticket prices next year',
      publishedAt: '2025-10-09T15:00:00Z',
      credit: 'dpa',
      ownAgency: null,
      copyOf: null,
      event: 'leipzig-zoo-prices',
      paragraphs: [
        'LEIPZIG, Germany (dpa) - Leipzig Zoo will raise the price of a day ticket for adults by two euros from January, citing higher energy and feed costs, the zoo said on Thursday.',
        'Zoo director Katrin Vollmer said heating the tropical hall and the elephant house alone now cost more than 1.5 million euros a year, almost twice as much as before the energy crisis.',
        '"We have held prices for as long as we could. We want the zoo to remain a place that families can afford," Vollmer said, pointing out that annual passes would cost the same as this year.',
        'Children under six will continue to enter free, and the discounted evening ticket introduced last summer will be kept, the zoo said.',
        'The city council, which owns the zoo, must still approve the new prices at its meeting next month. Opposition councillors have called for a social ticket for low-income households.',
        'The zoo announced on Wednesday the birth of an Asian elephant calf, its first in six years, and expects a busy season when the calf goes on show.',
      ],
    },
    {
      id: 'leipzig-calf-named',
      sourceId: 'rhine-gazette.example',
      title: 'Leipzig elephant calf named Mali after public vote',
      publishedAt: '2025-10-24T10:00:00Z',
      credit: 'dpa',
      ownAgency: null,
      copyOf: null,
      event: 'leipzig-calf-named',
      paragraphs: [
        'LEIPZIG, Germany (dpa) - The elephant calf born at Leipzig Zoo this month will be called Mali, after more than 40,000 people took part in an online vote, the zoo said on Friday.',
        'The name, which means "flower garden" in Sinhalese, won just over a third of the votes, ahead of Tara and Pema, senior keeper Jonas Albrecht said.',
        'The calf has gained almost 20 kilograms since her birth and has been in the outdoor enclosure with her mother Tamika and the rest of the herd since last week.',
        'Veterinarians have found no sign of the herpes virus that killed a young elephant at the zoo in 2021, zoo director Katrin Vollmer said, but tests would continue for at least two years.',
        'The zoo said the vote had also raised about 12,000 euros in donations for an elephant conservation project in Sri Lanka.',
      ],
    },
  ],
};
