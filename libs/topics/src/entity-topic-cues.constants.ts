import type { MediaTopicCode } from './media-topics.constants';

/**
 * Organisation names that say what a story is about: a central bank is economy, a court is law,
 * a football club is sport. Matched against the canonical names the tagger found.
 */
export const ENTITY_TOPIC_CUES: readonly (readonly [RegExp, MediaTopicCode])[] = [
  [
    /\b(Central Bank|Federal Reserve|Bank of|Reserve Bank|Stock Exchange|IMF|International Monetary Fund|World Bank|OPEC)\b/,
    'medtop:04000000',
  ],
  [/\b(Court|Police|Prosecutor|Attorney|Tribunal|FBI)\b/, 'medtop:02000000'],
  [/\b(Party|Parliament|Senate|Congress|Assembly|Ministry|Commission)\b/, 'medtop:11000000'],
  // Not "United" or "League": United Nations and Arab League are not sport.
  [/\b(FC|F\.C\.|Rovers|Olympic Committee|FIFA|UEFA|NBA|NFL|Premier League)\b/, 'medtop:15000000'],
  [/\b(University|College|School)\b/, 'medtop:05000000'],
  [/\b(Hospital|Health|WHO|Medical)\b/, 'medtop:07000000'],
  [
    /\b(Trade Union|Workers' Union|Labor Union|Federation of Labour|AFL-CIO|Teamsters)\b/,
    'medtop:09000000',
  ],
  [/\b(Army|Navy|Air Force|NATO|Armed Forces|Militia|Brigade)\b/, 'medtop:16000000'],
  [/\b(Church|Diocese|Vatican)\b/, 'medtop:12000000'],
  [/\b(Meteorological|Weather Service|Met Office)\b/, 'medtop:17000000'],
];
