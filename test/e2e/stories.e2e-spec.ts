import { eventually, PipelineHarness } from './pipeline-harness';

// One wire story as three outlets ran it (own headline, a local line, one cut short) and one
// article about something else. Times are explicit so the timeline order is known.
const WIRE = [
  'The United Nations opened an emergency donor conference in Geneva on Monday to raise money for families displaced by flooding along the Zambezi river, officials said.',
  'Aid agencies told delegates that more than 40,000 people had lost their homes in three weeks of heavy rain and that clean water was running short in the largest camps.',
  'Organisers said they hoped to raise about 90 million dollars by the end of the week, and several governments pledged to send engineers to repair the damaged bridges.',
];
const OUTLETS = [
  { source: 'wire-desk.example', minute: 0, paragraphs: WIRE },
  { source: 'daily-courier.example', minute: 20, paragraphs: WIRE },
  { source: 'evening-post.example', minute: 40, paragraphs: WIRE.slice(0, 2) },
];
const BASE = Date.parse('2026-03-02T08:00:00Z');

interface StorySummary {
  id: string;
  memberCount: number;
  memberArticleIds: string[];
  sources: string[];
  originalArticleId: string | null;
}

interface StoryDetail extends StorySummary {
  redirectedFrom: string | null;
  original: { id: string; stored: boolean; source: { id: string } | null } | null;
  members: { id: string; stored: boolean; verdict: string | null; publishedAt: string | null }[];
  timeline: {
    articleId: string;
    at: string | null;
    sourceId: string | null;
    isOriginal: boolean;
  }[];
}

const harness = new PipelineHarness(3140);

beforeAll(() => harness.start(), 180_000);
afterAll(() => harness.stop(), 120_000);

describe('stories for newsroom tools, over the running pipeline', () => {
  it('groups three copies of a story, lists it and shows its members, original and timeline', async () => {
    const ids: string[] = [];
    for (const [index, outlet] of OUTLETS.entries()) {
      const pushed = await harness.push({
        url: `https://${outlet.source}/news/zambezi-donors`,
        title: `Zambezi flood donors meet, as ${outlet.source} ran it`,
        text: [...outlet.paragraphs, `Reported for readers of outlet ${index + 1}.`].join('\n\n'),
        source: outlet.source,
        publishedAt: new Date(BASE + outlet.minute * 60_000).toISOString(),
      });
      expect(pushed.status).toBe(202);
      ids.push(String(pushed.json.articleId));
    }
    const unrelated = await harness.push({
      text: 'The city council of Tartu approved a new cycle lane along the river embankment on Tuesday, the mayor said, with work due to begin in the spring.',
      source: 'tartu-news.example',
    });
    const unrelatedId = String(unrelated.json.articleId);
    for (const id of [...ids, unrelatedId])
      await eventually(
        () => (harness.publishedCount(id) > 0 ? true : undefined),
        `${id} published`,
      );

    const list = async (query: string) =>
      ((await (await harness.api(`/v1/stories?${query}`)).json()) as { items: StorySummary[] })
        .items;
    const story = await eventually(async () => {
      const found = (await list('source=wire-desk.example'))[0];
      return found?.memberCount === 3 ? found : undefined;
    }, 'the story with three members');
    expect([...story.memberArticleIds].sort()).toEqual([...ids].sort());
    expect([...story.sources].sort()).toEqual(OUTLETS.map((o) => o.source).sort());
    expect(story.memberArticleIds).not.toContain(unrelatedId);
    expect(story.originalArticleId).toBe(ids[0]);
    expect((await list('minMembers=3')).map((s) => s.id)).toContain(story.id);
    expect((await list('source=tartu-news.example')).map((s) => s.memberCount)).toEqual([1]);
    expect((await list('source=tartu-news.example&minMembers=2')).map((s) => s.id)).toEqual([]);
    expect((await list('entity=wikidata:Q1065')).map((s) => s.id)).toContain(story.id);
    expect(
      (await list('since=2026-03-02T08:30:00Z&until=2026-03-02T09:00:00Z')).map((s) => s.id),
    ).toContain(story.id);
    expect((await list('until=2026-03-02T08:30:00Z')).map((s) => s.id)).not.toContain(story.id);

    const detail = await eventually(async () => {
      const response = await harness.api(`/v1/stories/${story.id}`);
      if (!response.ok) throw new Error(`read-api ${response.status}: ${await response.text()}`);
      const body = (await response.json()) as StoryDetail;
      return body.members.every((m) => m.stored) ? body : undefined;
    }, 'every member stored');
    expect(detail.redirectedFrom).toBeNull();
    expect(detail.original).toMatchObject({ id: ids[0], source: { id: 'wire-desk.example' } });
    expect(detail.timeline.map((t) => [t.articleId, t.sourceId, t.isOriginal])).toEqual([
      [ids[0], 'wire-desk.example', true],
      [ids[1], 'daily-courier.example', false],
      [ids[2], 'evening-post.example', false],
    ]);
    expect(detail.timeline[0]?.at).toBe('2026-03-02T08:00:00.000Z');
    expect(detail.members.filter((m) => m.verdict === 'near-duplicate')).toHaveLength(2);
  });

  it('explains bad requests and unknown ids, and documents the routes in OpenAPI', async () => {
    const bad = await harness.api('/v1/stories?limit=0&source=%24ne&minMembers=x&colour=red');
    expect(bad.status).toBe(400);
    const problems = ((await bad.json()) as { problems: string[] }).problems.join('\n');
    for (const name of ['limit', 'source', 'minMembers', 'colour'])
      expect(problems).toContain(name);
    expect((await harness.api('/v1/stories?cursor=bm90LWEtY3Vyc29y')).status).toBe(400);
    expect((await harness.api('/v1/stories/not-a-story')).status).toBe(400);
    const unknown = await harness.api(`/v1/stories/story:art_${'0'.repeat(32)}`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('no story');
    const anonymous = await fetch(`${harness.url('read-api')}/v1/stories`);
    expect(anonymous.status).toBe(401);
    const openapi = (await (await fetch(`${harness.url('read-api')}/docs-json`)).json()) as {
      paths: Record<string, Record<string, { parameters?: { name: string }[] }>>;
    };
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining(['/v1/stories', '/v1/stories/{id}']),
    );
    expect(openapi.paths['/v1/stories']?.get?.parameters?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['source', 'language', 'entity', 'since', 'until', 'minMembers']),
    );
  });

  it('answers GET /v1/articles/:id as ninjs by default and as Newsflow JSON on request', async () => {
    const pushed = await harness.push({
      text: 'Ferry services between Helsinki and Tallinn resumed on Wednesday after a two-day strike by port workers ended, the operator said.',
      source: 'ferry-desk.example',
    });
    const id = String(pushed.json.articleId);
    await eventually(
      () => (harness.publishedCount(id) > 0 ? true : undefined),
      'the ferry article',
    );
    const ninjs = (await (await harness.api(`/v1/articles/${id}`)).json()) as { uri: string };
    expect(ninjs.uri).toBe(`urn:newsflow:article:${id}`);
    const view = (await (await harness.api(`/v1/articles/${id}?format=newsflow`)).json()) as {
      id: string;
      version: number;
    };
    expect(view).toMatchObject({ id, version: 1 });
    expect((await harness.api(`/v1/articles/${id}?format=xml`)).status).toBe(400);
  });
});
