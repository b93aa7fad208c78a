import { edited, firstN, picked, type WireStoryFixture } from './syndication-item.fixture';

// An AP story, seen on AP's own service first, and six copies. The town, its officials and
// the developer are fictional.

const WIRE = [
  'COLUMBUS, Ohio (AP) — A former mayor of the Ohio city of Harlow Springs was convicted Thursday of taking more than $240,000 in bribes from a developer in exchange for steering a riverfront redevelopment contract to his company.',
  'A federal jury in Columbus found Gerald Whitcombe, 61, guilty of conspiracy, honest services wire fraud and making false statements to FBI agents after a three-week trial. He was acquitted on one count of money laundering.',
  'Prosecutors said Whitcombe, who served two terms as mayor before stepping down in 2023, accepted cash, home renovations and a golf club membership from developer Victor Sandoval while the city council was weighing bids for the $38 million project.',
  '"Public office is a public trust, not a private business," U.S. Attorney Dana Okafor told reporters outside the courthouse. "The people of Harlow Springs deserved a mayor who worked for them."',
  'Whitcombe showed no reaction as the verdict was read. His attorney, Martin Ebersole, said he would appeal, arguing that the payments were legitimate consulting fees and that the jury had been shown evidence that should have been excluded.',
  'Sandoval pleaded guilty last year and testified against the former mayor under a cooperation agreement. He is scheduled to be sentenced in June.',
  'Jurors heard recordings of phone calls in which Whitcombe discussed the contract with Sandoval and told him to "keep the paperwork clean." An FBI agent testified that the two men met at least a dozen times at a restaurant outside the city.',
  'The riverfront project, which was meant to bring apartments, shops and a marina to a former steel site, has been on hold since the indictment was unsealed in 2024.',
  'U.S. District Judge Rosalind Teague set sentencing for September. Whitcombe faces up to 20 years in prison on the most serious count, though first-time offenders typically receive far less.',
];

const EVENT = 'whitcombe-conviction';
const base = { copyOf: 'ap-harlow', event: EVENT, credit: 'AP' } as const;

export const harlowSpringsBribery: WireStoryFixture = {
  wireId: 'ap-harlow',
  expectedOriginal: 'harlow-ap',
  items: [
    {
      ...base,
      id: 'harlow-ap',
      sourceId: 'apnews.com',
      ownAgency: 'AP',
      title: 'Former Ohio mayor convicted of taking bribes from developer',
      publishedAt: '2025-05-15T18:05:00Z',
      paragraphs: WIRE,
    },
    {
      ...base,
      id: 'harlow-buckeye-record',
      sourceId: 'buckeye-record.example',
      ownAgency: null,
      title: 'Jury convicts ex-Harlow Springs mayor Whitcombe in bribery case',
      publishedAt: '2025-05-15T18:30:00Z',
      paragraphs: [
        ...WIRE,
        'Harlow Springs Mayor Carla Brennan said in a statement Thursday evening that the verdict "closes a painful chapter" and that the city would reopen bidding on the riverfront site this summer.',
        'Buckeye Record reporter Tom Lasky contributed to this report.',
      ],
    },
    {
      ...base,
      id: 'harlow-daily-ledger',
      sourceId: 'daily-ledger.example',
      ownAgency: null,
      title: 'Ex-mayor guilty in bribery scheme',
      publishedAt: '2025-05-15T19:10:00Z',
      paragraphs: [
        ...picked(WIRE, firstN(5)),
        'Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.',
      ],
    },
    {
      ...base,
      id: 'harlow-midwest-wire',
      sourceId: 'midwest-news-wire.example',
      ownAgency: null,
      title: 'Former mayor found guilty of bribery, acquitted of laundering',
      publishedAt: '2025-05-15T19:45:00Z',
      paragraphs: edited(picked(WIRE, [0, 1, 2, 4, 3, 5, 6, 8]), [
        ['COLUMBUS, Ohio (AP) — ', ''],
        ['was convicted Thursday', 'was convicted on Thursday'],
        ['told reporters outside the courthouse', 'said after the verdict'],
        ['a dozen times at a restaurant', 'a dozen times at a steakhouse'],
      ]),
    },
    {
      ...base,
      id: 'harlow-river-valley',
      sourceId: 'river-valley-gazette.example',
      ownAgency: null,
      title: 'Whitcombe verdict: what happens next for the riverfront',
      publishedAt: '2025-05-15T21:00:00Z',
      paragraphs: [
        ...picked(WIRE, firstN(3)),
        'Residents reached by the Gazette on Thursday evening were divided. Some said the former mayor had done more for the city than any of his predecessors, while others said they had long suspected the contract was rigged.',
        'The city council is expected to discuss the future of the riverfront site at its meeting on Monday, council president Hal Dunmore said.',
        ...picked(WIRE, [7]),
      ],
    },
    {
      ...base,
      id: 'harlow-northgate-post',
      sourceId: 'northgate-post.example',
      ownAgency: null,
      title: 'US: Ohio ex-mayor convicted of corruption',
      publishedAt: '2025-05-16T06:20:00Z',
      paragraphs: [
        ...edited(picked(WIRE, firstN(4)), [
          ['COLUMBUS, Ohio (AP) — ', 'COLUMBUS, Ohio, May 15 (AP) - '],
          ['honest services wire fraud', 'honest-services wire fraud'],
          ['a golf club membership', 'a golf-club membership'],
        ]),
        'Source: AP',
      ],
    },
    {
      ...base,
      id: 'harlow-capital-brief',
      sourceId: 'capital-brief.example',
      ownAgency: null,
      title: 'Ohio corruption verdict',
      publishedAt: '2025-05-16T07:00:00Z',
      paragraphs: [
        'In other news from the states this morning:',
        ...edited(picked(WIRE, firstN(2)), [
          [
            'A former mayor of the Ohio city of Harlow Springs',
            'Gerald Whitcombe, a former mayor of Harlow Springs, Ohio,',
          ],
          ['found Gerald Whitcombe, 61, guilty', 'found Whitcombe, 61, guilty'],
        ]),
        ...picked(WIRE, [3, 8]),
      ],
    },
  ],
  hardNegatives: [
    {
      id: 'harlow-sandoval-sentenced',
      sourceId: 'buckeye-record.example',
      title: 'Developer in Harlow Springs bribery case sentenced to 18 months',
      publishedAt: '2025-06-12T16:00:00Z',
      credit: null,
      ownAgency: null,
      copyOf: null,
      event: 'sandoval-sentencing',
      paragraphs: [
        'Developer Victor Sandoval was sentenced Wednesday to 18 months in federal prison for bribing former Harlow Springs Mayor Gerald Whitcombe to win a riverfront redevelopment contract.',
        'U.S. District Judge Rosalind Teague said Sandoval had "corrupted a small city’s government for profit" but gave him credit for pleading guilty early and for testifying at Whitcombe’s trial last month.',
        'Prosecutors had asked for a sentence of two years. U.S. Attorney Dana Okafor said in a statement that the case showed that those who pay bribes would be held to account as firmly as the officials who take them.',
        'Sandoval, 54, apologized in court to the people of Harlow Springs and said he had "lost sight of what mattered" as his business struggled during the pandemic.',
        'He was also ordered to pay $240,000 in restitution to the city and to forfeit his stake in the company that won the contract, which has since been dissolved.',
        'Whitcombe, who was convicted in May of conspiracy and fraud, is due to be sentenced in September. His lawyer has filed a motion for a new trial.',
      ],
    },
    {
      id: 'harlow-brennan-budget',
      sourceId: 'river-valley-gazette.example',
      title: 'Harlow Springs mayor proposes tax break to revive riverfront',
      publishedAt: '2025-05-20T12:00:00Z',
      credit: null,
      ownAgency: null,
      copyOf: null,
      event: 'harlow-riverfront-tax-plan',
      paragraphs: [
        'Harlow Springs Mayor Carla Brennan on Tuesday proposed a ten-year property tax abatement for any developer willing to take on the city’s stalled riverfront project.',
        'The former steel site has sat empty since the project was frozen in 2024, when federal prosecutors charged her predecessor, Gerald Whitcombe, with taking bribes to steer the contract.',
        '"We cannot let one man’s crimes decide the future of this city," Brennan told the city council, which is expected to vote on the proposal next month.',
        'Council president Hal Dunmore said he supported reopening the bidding but wanted an independent review of the site’s contamination before any tax break was approved.',
        'The plan would also set aside land for a public park and a boat launch, features residents had asked for at public meetings last year.',
        'The city’s finance director estimated that the abatement would cost about $1.2 million a year in lost revenue once the site was fully developed.',
      ],
    },
  ],
};
