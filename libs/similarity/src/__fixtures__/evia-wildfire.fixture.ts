import { edited, firstN, picked, type WireStoryFixture } from './syndication-item.fixture';

// A Reuters story whose wire item is never seen: the earliest outlet copy must become the
// original. People are fictional.

const WIRE = [
  'ATHENS, July 21 (Reuters) - A wildfire fanned by gale-force winds forced the evacuation of six villages on the Greek island of Evia on Monday, as firefighters backed by water-dropping aircraft battled to keep the flames away from the coastal town of Istiaia.',
  'More than 1,200 residents and tourists were moved by road and by sea overnight, the civil protection ministry said, and coastguard vessels stood by at the port of Pefki in case the fire reached the shore.',
  'The blaze broke out on Sunday afternoon in pine forest above the village of Kastaniotissa and spread quickly through dry scrubland, driven by winds gusting at up to 80 kilometres per hour.',
  '"The next 24 hours are critical. The wind is expected to turn in the evening and we are preparing for a new front," fire service spokesman Yannis Karamertzis told state broadcaster ERT.',
  'About 380 firefighters, 110 fire engines, nine aircraft and five helicopters were deployed, he said, and two volunteers were treated in hospital for smoke inhalation. No deaths had been reported.',
  'Istiaia mayor Eleni Papastathi said power had been cut in several villages and that the town sports hall had been opened for people who had nowhere else to stay.',
  'Greece has been gripped by a heatwave for more than a week, with temperatures above 40 degrees Celsius in much of the country, and authorities had placed most of Evia on the highest level of fire alert.',
  'Large parts of northern Evia were devastated in August 2021, when fires burned for more than a week, destroying hundreds of homes and about 50,000 hectares of forest and olive groves.',
  'Climate Crisis Minister Stavros Lignadis said the government had asked for help from the European Union civil protection mechanism, and that two Italian aircraft were expected to arrive on Tuesday.',
];

const EVENT = 'evia-fire-kastaniotissa';
const base = { copyOf: 'reuters-evia', event: EVENT, credit: 'Reuters', ownAgency: null } as const;

export const eviaWildfire: WireStoryFixture = {
  wireId: 'reuters-evia',
  expectedOriginal: 'evia-aegean-times',
  items: [
    {
      ...base,
      id: 'evia-aegean-times',
      sourceId: 'aegean-times.example',
      title: 'Six villages evacuated as wildfire rages on Evia',
      publishedAt: '2025-07-21T07:02:00Z',
      paragraphs: [...WIRE, 'Reporting by Reuters; editing by the Aegean Times desk'],
    },
    {
      ...base,
      id: 'evia-harbour-courier',
      sourceId: 'harbour-courier.example',
      title: 'Greek island wildfire: tourists evacuated by sea',
      publishedAt: '2025-07-21T07:40:00Z',
      paragraphs: [
        ...edited(picked(WIRE, firstN(6)), [
          ['ATHENS, July 21 (Reuters) - ', 'ATHENS (Reuters) — '],
          ['80 kilometres per hour', '80 km/h (50 mph)'],
        ]),
        'The Foreign Office advises British travellers on Evia to follow the instructions of local authorities and to keep in touch with their tour operator.',
        'Sign up to the Harbour Courier business briefing, delivered to your inbox every weekday morning.',
      ],
    },
    {
      ...base,
      id: 'evia-daily-ledger',
      sourceId: 'daily-ledger.example',
      title: 'Evacuations on Evia as Greece battles wildfires in heatwave',
      publishedAt: '2025-07-21T08:15:00Z',
      paragraphs: edited(picked(WIRE, [0, 1, 2, 3, 4, 5, 6, 8]), [
        ['ATHENS, July 21 (Reuters) - ', ''],
        ['on Monday, as firefighters', 'on Monday as firefighters'],
        ['80 kilometres per hour', '80 kilometers per hour'],
        ['40 degrees Celsius', '40 degrees Celsius (104 degrees Fahrenheit)'],
        ['had asked for help from', 'had requested assistance from'],
      ]),
    },
    {
      ...base,
      id: 'evia-northgate-post',
      sourceId: 'northgate-post.example',
      title: 'Greek wildfire forces 1,200 to flee',
      publishedAt: '2025-07-21T09:30:00Z',
      paragraphs: [
        ...picked(WIRE, firstN(4)),
        'Source: Reuters',
        'Copyright 2025 Thomson Reuters. All rights reserved.',
      ],
    },
    {
      ...base,
      id: 'evia-travel-desk',
      sourceId: 'travel-desk.example',
      title: 'What travellers to Evia need to know as fire forces evacuations',
      publishedAt: '2025-07-21T10:05:00Z',
      paragraphs: [
        'Holidaymakers with bookings in northern Evia should contact their hotel or rental host before travelling, as roads north of Limni may be closed at short notice.',
        ...picked(WIRE, firstN(5)),
        'Ferries between Arkitsa and Edipsos were running normally on Monday morning, the operator said, but services may be suspended if smoke reduces visibility in the channel.',
        'Travel insurers generally cover cancellations caused by official evacuation orders, but travellers should check the terms of their policy.',
      ],
    },
    {
      ...base,
      id: 'evia-levant-daily',
      sourceId: 'levant-daily.example',
      title: 'Wildfire on Greek island of Evia prompts evacuations',
      publishedAt: '2025-07-21T11:45:00Z',
      paragraphs: edited(picked(WIRE, [0, 1, 3, 4, 2, 5, 6, 7]), [
        ['ATHENS, July 21 (Reuters) - ', 'ATHENS, Greece (Reuters) - '],
        ['told state broadcaster ERT', 'told ERT television'],
        ['were treated in hospital', 'were hospitalized'],
        ['Large parts of northern Evia', 'Much of northern Evia'],
      ]),
    },
  ],
  hardNegatives: [
    {
      id: 'evia-second-fire',
      sourceId: 'aegean-times.example',
      title: 'New fire on Evia burns farmland near Karystos',
      publishedAt: '2025-08-02T14:00:00Z',
      credit: null,
      ownAgency: null,
      copyOf: null,
      event: 'evia-fire-karystos',
      paragraphs: [
        'A fire broke out in farmland near Karystos in southern Evia on Saturday, less than two weeks after a blaze in the north of the island forced the evacuation of six villages.',
        'Fire service spokesman Yannis Karamertzis said 90 firefighters and three aircraft were sent to the area, and the fire was brought under partial control by the evening.',
        'Two farm buildings and several hectares of vineyards were burned, but no homes were damaged and no one was hurt, he said. One village was placed on alert as a precaution.',
        'Police said they were investigating whether the fire had been started by sparks from agricultural machinery, which is banned during periods of extreme fire risk.',
        'Climate Crisis Minister Stavros Lignadis, who visited the area on Saturday, said crews across Greece had tackled more than 50 new fires in the previous 24 hours.',
        'The heatwave that has gripped the country since mid-July is expected to ease next week, according to the national weather service, although strong winds are forecast for the Aegean.',
      ],
    },
    {
      id: 'evia-mayor-compensation',
      sourceId: 'daily-ledger.example',
      title: 'Istiaia mayor seeks compensation for farmers after fire',
      publishedAt: '2025-07-25T09:00:00Z',
      credit: null,
      ownAgency: null,
      copyOf: null,
      event: 'evia-compensation',
      paragraphs: [
        'Istiaia mayor Eleni Papastathi on Friday asked the government for emergency payments to farmers and beekeepers whose land was burned in this week’s wildfire on Evia.',
        'Papastathi said about 300 beekeepers had lost hives and that olive growers faced years without income while trees grew back. “People here live from the forest and the land,” she said.',
        'The municipal council voted unanimously to suspend local taxes for affected households until the end of the year and to waive water charges for three months.',
        'The government has said it will compensate owners of damaged homes, but farmers’ associations say support after the 2021 fires was slow and too small to cover their losses.',
        'Fire service spokesman Yannis Karamertzis said on Thursday that the blaze near Kastaniotissa had been fully extinguished and that crews would remain in the area to prevent flare-ups.',
        'A deputy minister is expected to visit Istiaia next week to meet local officials and farmers’ representatives.',
      ],
    },
  ],
};
