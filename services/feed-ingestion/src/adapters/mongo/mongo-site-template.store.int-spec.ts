import { randomUUID } from 'node:crypto';
import { EMPTY_SITE_TEMPLATE, observePage, siteLineKey } from '@newsflow/extraction';
import { openMongoConnection } from '@newsflow/platform-mongo';
import type { Connection } from 'mongoose';
import { MongoSiteTemplateStore } from './mongo-site-template.store';

// Real MongoDB-wire store (npm run infra:up); a database of its own per run.
const base = process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017/newsflow';

describe('MongoSiteTemplateStore', () => {
  let connection: Connection;
  let store: MongoSiteTemplateStore;

  beforeAll(async () => {
    const uri = base.replace(/\/[^/?]*(\?|$)/, `/it_templates_${randomUUID().slice(0, 8)}$1`);
    connection = await openMongoConnection(uri, 'int-test');
    store = new MongoSiteTemplateStore(connection);
    await store.onModuleInit();
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('stores a full-size template and reads it back unchanged', async () => {
    let template = EMPTY_SITE_TEMPLATE;
    for (let page = 0; page < 40; page += 1) {
      const lines = Array.from(
        { length: 60 },
        (_, i) => `Line ${'ab'.repeat(i)} of page ${'c'.repeat(page)}`,
      );
      template = observePage(template, [...lines, 'Harbour Gazette, 14 Quay Street']);
    }
    expect(Object.keys(template.lineCounts)).toHaveLength(2_000);
    await store.save('gazette.example', template, new Date());
    const loaded = await store.load('gazette.example');
    expect(loaded).toEqual(template);
    expect(loaded?.lineCounts[siteLineKey('Harbour Gazette, 14 Quay Street')]).toBe(40);
  });

  it('replaces the stored template, also when two instances create it at once', async () => {
    const one = observePage(EMPTY_SITE_TEMPLATE, ['Courier footer']);
    const two = observePage(one, ['Courier footer']);
    await Promise.all([
      store.save('courier.example', one, new Date()),
      store.save('courier.example', two, new Date()),
    ]);
    expect([1, 2]).toContain((await store.load('courier.example'))?.pages);
    await store.save('courier.example', two, new Date());
    expect((await store.load('courier.example'))?.pages).toBe(2);
    expect(await store.load('nobody.example')).toBeNull();
  });
});
