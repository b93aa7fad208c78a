import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';
import { allTopicDefinitions, CHANNELS } from '@newsflow/contracts';
import { anIngestedEvent } from '@newsflow/testing';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { ASYNCAPI_PATH, renderAsyncApi } from './generate-asyncapi';

describe('docs/asyncapi.yaml', () => {
  const committed = readFileSync(ASYNCAPI_PATH, 'utf8');

  it('is what the contracts generate (run `npm run docs:asyncapi` after changing them)', () => {
    expect(committed).toBe(renderAsyncApi());
  });

  it('is a valid AsyncAPI 3 document', async () => {
    const { document, diagnostics } = await new Parser().parse(committed);
    const errors = diagnostics
      .filter((d) => {
        // 0 is "error" in the parser's (Spectral's) severity scale; warnings and hints pass.
        const severity: number = d.severity;
        return severity === 0;
      })
      .map((d) => `${d.path.join('.')}: ${d.message}`);
    expect(errors).toEqual([]);
    expect(document?.version()).toBe('3.0.0');
  });

  it('lists every topic and its dead-letter twin', () => {
    const doc = parse(committed) as { channels: Record<string, { address: string }> };
    const addresses = Object.values(doc.channels)
      .map((c) => c.address)
      .sort();
    expect(addresses).toEqual(
      [...allTopicDefinitions().map((t) => t.name), 'news.subscription.{subscriptionId}.v1'].sort(),
    );
  });

  it('describes payloads that accept what the contracts accept and refuse what they refuse', () => {
    const doc = parse(committed) as { components: { schemas: Record<string, object> } };
    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    const validate = ajv.compile(doc.components.schemas['news-article-ingested-v1']!);
    const event = anIngestedEvent();
    expect(CHANNELS.articleIngestedV1.schema.safeParse(event).success).toBe(true);
    expect(validate(event)).toBe(true);
    expect(validate({ ...event, payload: { ...event.payload, paragraphs: [] } })).toBe(false);
  });
});
