import { edited, firstN, picked, type WireStoryFixture } from './syndication-item.fixture';

// An AFP story, seen on AFP's own wire (after one outlet had already run it), and six outlet
// copies. People and organisations are fictional.

const WIRE = [
  "SINES, Portugal, March 4 (AFP) - Dockworkers at Sines, Portugal's largest container port, walked off the job on Tuesday at the start of a 72-hour strike over plans to automate cranes at the Atlantic terminal, leaving at least 14 ships waiting at anchor.",
  'The stoppage, called by the National Dockworkers Union (SNED), is the first full shutdown of the port since 2019 and comes as the terminal operator prepares to install remote-controlled ship-to-shore cranes that the union says will eliminate up to 300 jobs.',
  '"They are asking us to train the machines that will replace us," union leader Marta Quintela told AFP outside the main gate, where several hundred workers had gathered before dawn holding banners that read "People, not robots".',
  'The port authority said container handling had stopped completely, although the liquid bulk terminal, which receives crude oil and liquefied natural gas, was operating under minimum service rules set by the labour ministry.',
  'Port authority chairman Henrique Valadares said automation was needed to keep Sines competitive with Algeciras in Spain and Tanger Med in Morocco, which together handle more than twice its volume.',
  '"No one will be dismissed. Every worker whose post changes will be offered retraining and a position on equal pay," Valadares said in a statement, adding that talks with the union would resume on Thursday.',
  'Sines handled about 1.7 million containers last year and is a key entry point for goods bound for Spain and central Europe, with a rail link running inland towards Madrid.',
  'Shipping agents said two vessels operated by Mediterranean carriers had already been diverted to Valencia and to Leixoes, near Porto, and warned that a prolonged dispute could cost exporters millions of euros.',
  'Infrastructure Minister Duarte Lobo Antunes urged both sides to "return to the table without preconditions" and said the government was prepared to appoint a mediator if no agreement was reached by the end of the week.',
  'The union has threatened a further walkout at the end of the month, this time also covering the ports of Lisbon and Setubal, if the automation plan is not put on hold.',
];

const EVENT = 'sines-strike';
const base = { copyOf: 'afp-sines', event: EVENT } as const;

export const sinesPortStrike: WireStoryFixture = {
  wireId: 'afp-sines',
  expectedOriginal: 'sines-afp',
  items: [
    {
      ...base,
      id: 'sines-harbour-courier',
      sourceId: 'harbour-courier.example',
      title: 'Sines port at a standstill as dockers strike over robot cranes',
      publishedAt: '2025-03-04T08:55:00Z',
      credit: 'AFP',
      ownAgency: null,
      paragraphs: [
        'By Harbour Courier staff with AFP',
        ...edited(WIRE, [['SINES, Portugal, March 4 (AFP) - ', 'SINES (AFP) — ']]),
        'Read more: Lisbon metro staff to vote on new pay offer next week',
        'Sign up to the Harbour Courier business briefing, delivered to your inbox every weekday morning.',
      ],
    },
    {
      ...base,
      id: 'sines-afp',
      sourceId: 'afp.com',
      title: 'Portuguese dockworkers strike over automation, halting Sines port',
      publishedAt: '2025-03-04T09:12:00Z',
      credit: 'AFP',
      ownAgency: 'AFP',
      paragraphs: WIRE,
    },
    {
      ...base,
      id: 'sines-northgate-post',
      sourceId: 'northgate-post.example',
      title: "Strike shuts Portugal's biggest container port",
      publishedAt: '2025-03-04T10:03:00Z',
      credit: 'AFP',
      ownAgency: null,
      paragraphs: [
        ...picked(WIRE, firstN(5)),
        'Source: AFP',
        'Copyright 2025 Agence France-Presse. All rights reserved. This material may not be published, broadcast or redistributed.',
      ],
    },
    {
      ...base,
      id: 'sines-levant-daily',
      sourceId: 'levant-daily.example',
      title: 'Portugal port strike strands ships bound for Europe',
      publishedAt: '2025-03-04T11:20:00Z',
      credit: 'AFP',
      ownAgency: null,
      paragraphs: [
        ...edited(picked(WIRE, firstN(9)), [
          ['SINES, Portugal, March 4 (AFP) - ', 'SINES, Portugal (AFP) - '],
          ['on Tuesday at the start', 'Tuesday at the start'],
          ['labour ministry', 'labor ministry'],
          ['liquefied natural gas', 'liquefied natural gas (LNG)'],
          ['towards Madrid', 'toward Madrid'],
        ]),
        'Several feeder services linking Beirut and the eastern Mediterranean to northern Europe call at Sines, and Lebanese freight forwarders said on Tuesday they were checking whether their cargo had been caught up in the stoppage.',
      ],
    },
    {
      ...base,
      id: 'sines-setubal-today',
      sourceId: 'setubal-today.example',
      title: 'Sines dockers down tools; Setubal could be next',
      publishedAt: '2025-03-04T12:41:00Z',
      credit: 'AFP',
      ownAgency: null,
      paragraphs: [
        ...picked(WIRE, firstN(4)),
        'In Setubal, dockers will hold a meeting on Friday to decide whether to join the action later this month, according to a union delegate at the port who asked not to be named.',
        'The Setubal terminal handles mainly cars and bulk cargo and employs about 250 registered dockworkers, many of whom have family ties to the workforce in Sines.',
        'With AFP',
      ],
    },
    {
      ...base,
      id: 'sines-market-watch',
      sourceId: 'market-watchers.example',
      title: 'Automation row closes Sines container terminal for three days',
      publishedAt: '2025-03-04T13:30:00Z',
      credit: 'AFP',
      ownAgency: null,
      paragraphs: edited(picked(WIRE, [0, 1, 4, 5, 2, 3, 6, 7]), [
        ['SINES, Portugal, March 4 (AFP) - ', ''],
        ['told AFP outside the main gate', 'said outside the main gate'],
        ['said in a statement', 'said in a written statement'],
        [
          'could cost exporters millions of euros',
          'could cost exporters tens of millions of euros',
        ],
      ]),
    },
    {
      ...base,
      id: 'sines-coastline-radio',
      sourceId: 'coastline-radio.example',
      title: 'Dockworkers strike at Sines',
      publishedAt: '2025-03-04T15:05:00Z',
      credit: 'AFP',
      ownAgency: null,
      paragraphs: [
        'Photo: Workers gather at the port gate in Sines. (AFP)',
        ...picked(WIRE, firstN(3)),
        'Coastline Radio will carry a live interview with union representatives on the evening programme, and listeners can send questions through our website.',
      ],
    },
  ],
  hardNegatives: [
    {
      id: 'sines-rail-terminal',
      sourceId: 'harbour-courier.example',
      title: 'Sines port unveils plan for inland rail terminal',
      publishedAt: '2025-03-05T10:00:00Z',
      credit: null,
      ownAgency: null,
      copyOf: null,
      event: 'sines-rail-terminal',
      paragraphs: [
        'The authority that runs the port of Sines on Wednesday presented a plan for an inland rail terminal near Evora, which it says would let containers reach the Spanish border in under four hours.',
        'Port authority chairman Henrique Valadares told a conference in Lisbon that the terminal, costing an estimated 180 million euros, would be financed partly by European Union cohesion funds and partly by private operators.',
        '"Our future depends as much on the railway as on the quay," Valadares said, adding that a tender would be launched before the summer and construction could begin in 2027.',
        'The project would take freight traffic off the A2 motorway, where lorries heading for Madrid and Badajoz queue for hours at peak times, according to a study commissioned by the authority.',
        'Marta Quintela, who leads the National Dockworkers Union, said the union welcomed investment in rail but wanted guarantees that new jobs at the inland terminal would be offered first to port workers.',
        'Infrastructure Minister Duarte Lobo Antunes, who attended the conference, called the plan "a sensible step" and said the government would decide on its share of the funding in the autumn budget.',
        'Environmental groups in the Alentejo region have questioned the route of the proposed line, which would cross farmland and a protected area of cork oak forest.',
        'Sign up to the Harbour Courier business briefing, delivered to your inbox every weekday morning.',
      ],
    },
    {
      id: 'sines-strike-ends',
      sourceId: 'afp.com',
      title: 'Sines dockworkers end strike after minister names mediator',
      publishedAt: '2025-03-06T17:45:00Z',
      credit: 'AFP',
      ownAgency: 'AFP',
      copyOf: null,
      event: EVENT,
      paragraphs: [
        'SINES, Portugal, March 6 (AFP) - Dockworkers at Sines called off the rest of their strike on Thursday after the government appointed a mediator to oversee talks on the automation of cranes at the port.',
        'Union leader Marta Quintela said the decision was taken at a show of hands outside the port gate, and that ships would be worked again from the night shift.',
        '"We have not won anything yet, but for the first time someone is listening," she said, warning that the union could still walk out again later this month.',
        'The mediator, former labour court judge Ines Carvalhal, is expected to present proposals within 30 days, the infrastructure ministry said in a statement.',
        'Sines handled about 1.7 million containers last year and is a key entry point for goods bound for Spain and central Europe, with a rail link running inland towards Madrid.',
        'Port authority chairman Henrique Valadares welcomed the end of the stoppage and said the port would extend working hours over the weekend to clear the backlog of vessels.',
        'Shipping agents said about 20 ships had been delayed during the three days, and some carriers were expected to keep calling at Valencia until the backlog was cleared.',
      ],
    },
  ],
};
