import { CHANNELS } from '@newsflow/contracts';
import { anExtractedArticle, anIngestedEvent, sha256Hex } from '@newsflow/testing';
import { DedupClusterHarness } from './dedup-concurrency-harness';
import { eventually } from './pipeline-harness';

// Four wire stories about unrelated events; every outlet copy rewrites the headline, may cut the
// last paragraph, and adds a local line of its own.
const WIRE_STORIES: Record<string, string[]> = {
  port: [
    'Dock workers at the Portuguese port of Sines walked off the job on Monday in a dispute over night shifts and pay, halting container traffic at the largest deep-water terminal on the Atlantic coast.',
    'The union said about 1,200 members had joined the strike and that pickets would stay at the gates until the terminal operator returned to talks that broke down last week.',
    'The operator said it regretted the action and that ships due this week would be diverted to ports in Spain and Morocco while negotiations remained suspended.',
  ],
  fire: [
    'A wildfire on the Greek island of Evia forced the evacuation of four villages overnight as strong winds pushed the flames towards the coast, the fire brigade said on Tuesday.',
    'Water-dropping aircraft resumed operations at first light and more than 260 firefighters were on the ground, supported by volunteers and army units from Chalkida.',
    'Civil protection minister Nikos Varelas said the blaze had burned about 3,400 hectares of pine forest and olive groves since it broke out on Sunday afternoon.',
  ],
  court: [
    'A federal jury in Harlow Springs convicted former county commissioner Dana Whitcomb of bribery on Wednesday, finding she took $85,000 from a paving contractor in exchange for road deals.',
    'Prosecutors told the court that Whitcomb steered 14 contracts to Ridgeline Asphalt between 2019 and 2022 and hid the payments through a consulting firm run by her brother.',
    'Her lawyer, Marcus Ebert, said the defence would appeal, and sentencing was set for November before Judge Eleanor Pratt, who allowed Whitcomb to remain free on bond.',
  ],
  zoo: [
    'Leipzig Zoo announced on Thursday the birth of a female Asian elephant calf, the first born at the zoo in seven years, and said mother and baby were doing well.',
    'The calf weighed 112 kilograms at birth and was standing within an hour, head keeper Jonas Riedel told reporters, adding that the herd had gathered around the newborn.',
    'Visitors will be able to see the calf in the elephant house from next week, and the zoo plans to let the public vote on a name from a shortlist of five.',
  ],
};
const COPIES_PER_STORY = 8;
const BASE_TIME = Date.parse('2025-03-03T08:00:00Z');

interface Copy {
  readonly story: string;
  readonly articleId: string;
}

function outletCopy(story: string, index: number) {
  const wire = WIRE_STORIES[story] ?? [];
  const kept = index % 3 === 2 ? wire.slice(0, -1) : wire;
  const paragraphs = [
    ...kept,
    `Outlet number ${index} added this local note for its own readers in the ${story} region.`,
  ];
  const text = paragraphs.join('\n\n');
  return anExtractedArticle({
    articleId: `art_${story}_${index}`,
    url: `https://outlet${index}.example/${story}`,
    canonicalUrl: `https://outlet${index}.example/${story}`,
    sourceId: `outlet${index}.example`,
    title: `${story} headline as outlet ${index} wrote it`,
    publishedAt: new Date(BASE_TIME + index * 60_000).toISOString(),
    credit: null,
    paragraphs,
    text,
    contentHash: sha256Hex(text),
  });
}

const harness = new DedupClusterHarness(3300, 3);

beforeAll(() => harness.start(), 180_000);
afterAll(() => harness.stop(), 120_000);

describe('three deduplication instances racing on copies of the same stories', () => {
  it('puts every copy in exactly one story with exactly one original, losing none', async () => {
    const copies: Copy[] = Object.keys(WIRE_STORIES).flatMap((story) =>
      Array.from({ length: COPIES_PER_STORY }, (_, i) => ({
        story,
        articleId: `art_${story}_${i}`,
      })),
    );
    // Interleave the stories and put copies of one story on different partitions at once.
    const order = [...copies].sort((a, b) =>
      sha256Hex(a.articleId).localeCompare(sha256Hex(b.articleId)),
    );
    const producer = harness.kafka.producer();
    await producer.connect();
    await producer.send({
      topic: harness.topic(CHANNELS.articleIngestedV1.topic.name),
      messages: order.map((copy, position) => {
        const index = Number(copy.articleId.split('_').pop());
        const event = anIngestedEvent(outletCopy(copy.story, index));
        return {
          key: copy.articleId,
          partition: position % CHANNELS.articleIngestedV1.topic.partitions,
          value: JSON.stringify({ ...event, id: `ingest-${copy.articleId}` }),
        };
      }),
    });
    await producer.disconnect();

    await eventually(
      () => (harness.deduplicated.size >= copies.length ? true : undefined),
      `${copies.length} deduplicated articles`,
      150_000,
    );
    expect([...harness.deduplicated.keys()].sort()).toEqual(copies.map((c) => c.articleId).sort());

    const stories = await harness.finalStories(copies.map((c) => c.articleId));
    const byStory = new Map<string, Set<string>>();
    for (const copy of copies) {
      const storyId = stories.get(copy.articleId);
      expect(storyId).toBeDefined();
      byStory.set(copy.story, (byStory.get(copy.story) ?? new Set()).add(storyId ?? ''));
    }
    // One story per wire text, a different one for each text.
    expect([...byStory.values()].map((ids) => ids.size)).toEqual([1, 1, 1, 1]);
    const roots = [...byStory.values()].map((ids) => [...ids][0] ?? '');
    expect(new Set(roots).size).toBe(Object.keys(WIRE_STORIES).length);

    for (const story of Object.keys(WIRE_STORIES)) {
      const group = copies.filter((c) => c.story === story).map((c) => c.articleId);
      const verdicts = group.map((id) => harness.deduplicated.get(id)?.[0]?.payload.dedup);
      // Racing copies may see each other both ways, so at most one is "unique"; every other
      // copy names a copy of the same text, and all agree on the earliest copy as the original.
      expect(verdicts.filter((v) => v?.verdict === 'unique').length).toBeLessThanOrEqual(1);
      for (const verdict of verdicts.filter((v) => v?.verdict === 'near-duplicate')) {
        expect(group).toContain(verdict?.duplicateOf);
      }
      const members = await harness.db
        .collection<{ articleId: string; originalRank: string }>('story_members')
        .find({ articleId: { $in: group } })
        .toArray();
      expect(new Set(members.map((m) => m.articleId)).size).toBe(group.length);
      const original = [...members].sort((a, b) => a.originalRank.localeCompare(b.originalRank))[0];
      expect(original?.articleId).toBe(`art_${story}_0`);
    }
  });
});
