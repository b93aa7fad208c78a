import { allTopicDefinitions, dlqTopicName, TOPICS } from './topics';

describe('topics', () => {
  it('gives every topic a .dlq twin right after it', () => {
    const names = allTopicDefinitions().map((t) => t.name);
    for (const definition of Object.values(TOPICS)) {
      const index = names.indexOf(definition.name);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(names[index + 1]).toBe(dlqTopicName(definition.name));
    }
    expect(new Set(names).size).toBe(names.length);
  });

  it('names topics by domain, event and version', () => {
    for (const definition of Object.values(TOPICS)) {
      expect(definition.name).toMatch(/^news\.[a-z]+\.[a-z]+\.v\d+$/);
      expect(definition.partitions).toBeGreaterThan(0);
      expect(definition.retentionMs).toBeGreaterThan(0);
    }
  });
});
