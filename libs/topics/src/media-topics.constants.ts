/** One IPTC Media Topic: `medtop:` code and English label (cv.iptc.org/newscodes/mediatopic). */
export interface MediaTopic {
  readonly code: string;
  readonly label: string;
}

/** The 17 top-level IPTC Media Topics. */
export const TOP_LEVEL_MEDIA_TOPICS = [
  { code: 'medtop:01000000', label: 'arts, culture, entertainment and media' },
  { code: 'medtop:02000000', label: 'crime, law and justice' },
  { code: 'medtop:03000000', label: 'disaster, accident and emergency incident' },
  { code: 'medtop:04000000', label: 'economy, business and finance' },
  { code: 'medtop:05000000', label: 'education' },
  { code: 'medtop:06000000', label: 'environment' },
  { code: 'medtop:07000000', label: 'health' },
  { code: 'medtop:08000000', label: 'human interest' },
  { code: 'medtop:09000000', label: 'labour' },
  { code: 'medtop:10000000', label: 'lifestyle and leisure' },
  { code: 'medtop:11000000', label: 'politics' },
  { code: 'medtop:12000000', label: 'religion' },
  { code: 'medtop:13000000', label: 'science and technology' },
  { code: 'medtop:14000000', label: 'society' },
  { code: 'medtop:15000000', label: 'sport' },
  { code: 'medtop:16000000', label: 'conflict, war and peace' },
  { code: 'medtop:17000000', label: 'weather' },
] as const satisfies readonly MediaTopic[];

export type MediaTopicCode = (typeof TOP_LEVEL_MEDIA_TOPICS)[number]['code'];

/** The IPTC concept URI of a `medtop:` code. */
export function mediaTopicUri(code: string): string {
  return `http://cv.iptc.org/newscodes/mediatopic/${code.replace(/^medtop:/, '')}`;
}
