import { siteLineKey, type SiteTemplate } from '@newsflow/extraction';
import type { SiteTemplateStore } from '../ports/site-template.store';
import { extractWithSiteTemplate } from './extract-document';
import { SiteTemplateLearner } from './site-template.learner';

class InMemorySiteTemplateStore implements SiteTemplateStore {
  readonly saved = new Map<string, SiteTemplate>();
  load(sourceId: string): Promise<SiteTemplate | null> {
    return Promise.resolve(this.saved.get(sourceId) ?? null);
  }
  save(sourceId: string, template: SiteTemplate): Promise<void> {
    this.saved.set(sourceId, template);
    return Promise.resolve();
  }
}

const APPEAL = 'The Valley Courier has covered these towns since 1921 and is owned by its readers.';
const TOWNS = ['Abergele', 'Bala', 'Corwen', 'Denbigh', 'Llangollen', 'Ruthin', 'Wrexham'];
const SUBJECTS = ['bridge', 'school', 'surgery', 'railway', 'market', 'quarry', 'festival'];

// Pages of one made-up site: a different story each time, the same membership appeal.
function page(n: number): string {
  const town = TOWNS[n % TOWNS.length] ?? '';
  const subject = SUBJECTS[(n * 3) % SUBJECTS.length] ?? '';
  return [
    `The ${subject} in ${town} will close for repairs from next week, the county council confirmed on Friday after an inspection found damage.`,
    APPEAL,
    `Residents of ${town} said the ${subject} closure had been expected for months and asked for a timetable for reopening.`,
  ].join('\n\n');
}

async function push(learner: SiteTemplateLearner, n: number) {
  return extractWithSiteTemplate(learner, null, {
    body: page(n),
    format: 'text',
    pageUrl: `https://www.valleycourier.example/news/${n}`,
    title: null,
  });
}

describe('SiteTemplateLearner', () => {
  it("learns a site's recurring lines from its pages and removes them from later pages", async () => {
    const learner = new SiteTemplateLearner(new InMemorySiteTemplateStore());
    const first = await push(learner, 1);
    expect(first.paragraphs).toContain(APPEAL);
    for (let n = 2; n <= 12; n += 1) await push(learner, n);
    const later = await push(learner, 13);
    expect(later.paragraphs).not.toContain(APPEAL);
    expect(later.paragraphs).toHaveLength(2);
  });

  it('flushes counts to the store, where another instance picks them up', async () => {
    const store = new InMemorySiteTemplateStore();
    const writer = new SiteTemplateLearner(store);
    for (let n = 1; n <= 12; n += 1) await push(writer, n);
    expect(await writer.flush()).toBe(1);
    const saved = store.saved.get('valleycourier.example');
    expect(saved?.pages).toBe(12);
    expect(saved?.lineCounts[siteLineKey(APPEAL)]).toBe(12);

    const reader = new SiteTemplateLearner(store);
    expect((await push(reader, 20)).paragraphs).not.toContain(APPEAL);
    expect(await writer.flush()).toBe(0);
  });

  it('learns nothing for pushes without a source or URL', async () => {
    const store = new InMemorySiteTemplateStore();
    const learner = new SiteTemplateLearner(store);
    for (let n = 1; n <= 12; n += 1) {
      await extractWithSiteTemplate(learner, null, {
        body: page(n),
        format: 'text',
        pageUrl: null,
        title: null,
      });
    }
    expect(await learner.flush()).toBe(0);
    expect(store.saved.size).toBe(0);
  });
});
