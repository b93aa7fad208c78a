import { extractFromPlainText } from './plain-text-extraction';
import {
  EMPTY_SITE_TEMPLATE,
  mergeSiteTemplates,
  observePage,
  siteLineKey,
  templateLineKeys,
  type SiteTemplate,
} from './site-template';

// A made-up local paper: every page carries the same appeal and the same footer, which the
// generic boilerplate rules have no reason to recognise.
const APPEAL = 'The Harbour Gazette is funded by readers like you, and always will be.';
const FOOTER = 'Harbour Gazette, 14 Quay Street, Porthmellin. Registered in 2019.';

const PLACES = ['Porthmellin', 'Trevose', 'Polkerris', 'Lanivet', 'Mawgan', 'Tresillian', 'Gweek'];
const TOPICS = ['ferry', 'harbour', 'school', 'library', 'lifeboat', 'market', 'bus', 'clinic'];
const OFFICIALS = [
  'Morwenna Tregear',
  'Jago Penrose',
  'Tamsin Nance',
  'Kitto Rowe',
  'Elowen Hicks',
];

// Each page a different story: other places, subjects and people, as on a real site.
function page(n: number): string[] {
  const place = PLACES[n % PLACES.length] ?? '';
  const topic = TOPICS[n % TOPICS.length] ?? '';
  const official = OFFICIALS[n % OFFICIALS.length] ?? '';
  return [
    `${place} ${topic} plans draw objections`,
    `Plans for the ${topic} in ${place} were criticised by ${official} at a public meeting, who said the consultation had been rushed.`,
    `${official} asked for the ${topic} decision to be delayed until residents of ${place} had seen the full costs.`,
    APPEAL,
    `A decision on the ${place} ${topic} is now expected after the summer.`,
    FOOTER,
  ];
}

function learn(pages: number): SiteTemplate {
  let template = EMPTY_SITE_TEMPLATE;
  for (let n = 1; n <= pages; n += 1) template = observePage(template, page(n));
  return template;
}

describe('site template', () => {
  it('treats lines differing only in numbers, case and punctuation as one line', () => {
    expect(siteLineKey('© 2026 Harbour Gazette. All rights reserved')).toBe(
      siteLineKey('(c) 2025 harbour gazette — all rights reserved!'.replace('(c)', '©')),
    );
    expect(siteLineKey('12 comments')).toBe(siteLineKey('3 Comments'));
    expect(siteLineKey('Ferry timetable')).not.toBe(siteLineKey('Ferry fares'));
  });

  it('learns the lines a site prints on most pages, and none of the articles', () => {
    const keys = templateLineKeys(learn(12));
    expect(keys.has(siteLineKey(APPEAL))).toBe(true);
    expect(keys.has(siteLineKey(FOOTER))).toBe(true);
    for (const line of page(3).filter((line) => line !== APPEAL && line !== FOOTER)) {
      expect(keys.has(siteLineKey(line))).toBe(false);
    }
  });

  it('gives no verdict before enough pages were seen', () => {
    expect(templateLineKeys(learn(9)).size).toBe(0);
  });

  it('removes the learned lines from a new page of the site', () => {
    const text = [
      'Harbour wall repairs to start in March',
      'Engineers will begin repairing the storm-damaged harbour wall in March, the harbour master said, after the council approved the contract on Thursday evening.',
      APPEAL,
      'The work is expected to take eleven weeks and the slipway will stay open throughout, except during two spring tides when divers inspect the foundations.',
      FOOTER,
    ].join('\n\n');
    const without = extractFromPlainText({ text });
    expect(without.paragraphs).toContain(APPEAL);

    const learned = extractFromPlainText({ text, siteTemplate: templateLineKeys(learn(12)) });
    expect(learned.paragraphs).not.toContain(APPEAL);
    expect(learned.paragraphs).not.toContain(FOOTER);
    expect(learned.paragraphs).toHaveLength(2);
    expect(learned.removed).toContainEqual({ line: APPEAL, reason: 'site-template' });
  });

  it('does not trust a template that would remove every line of prose', () => {
    const template = templateLineKeys(learn(12));
    const text = [page(3)[1], APPEAL].join('\n\n');
    const everyLine = new Set([...template, siteLineKey(page(3)[1] ?? '')]);
    const result = extractFromPlainText({ text, siteTemplate: everyLine });
    expect(result.paragraphs.length).toBeGreaterThan(0);
  });

  it('merges what two instances observed', () => {
    const merged = mergeSiteTemplates(learn(6), learn(6));
    expect(merged.pages).toBe(12);
    expect(templateLineKeys(merged).has(siteLineKey(FOOTER))).toBe(true);
  });

  it('stays bounded and keeps counting a new template line once the record is full', () => {
    const limits = { maxLineLength: 400, maxLines: 50, decayAfterPages: 1_000 };
    let template = EMPTY_SITE_TEMPLATE;
    for (let n = 1; n <= 60; n += 1) {
      const lines = [`Unique sentence number ${'x'.repeat(n)} about harbour matters.`];
      if (n > 52) lines.push('Listen to our new podcast, Tides and Times, every Friday.');
      template = observePage(template, lines, limits);
      expect(Object.keys(template.lineCounts).length).toBeLessThanOrEqual(50);
    }
    expect(
      template.lineCounts[siteLineKey('Listen to our new podcast, Tides and Times, every Friday.')],
    ).toBe(8);
  });

  it('halves old counts past the decay point so a redesign is forgotten', () => {
    const limits = { maxLineLength: 400, maxLines: 2_000, decayAfterPages: 20 };
    let template = EMPTY_SITE_TEMPLATE;
    for (let n = 1; n <= 21; n += 1) template = observePage(template, [FOOTER], limits);
    expect(template.pages).toBe(10);
    expect(template.lineCounts[siteLineKey(FOOTER)]).toBe(10);
  });
});
