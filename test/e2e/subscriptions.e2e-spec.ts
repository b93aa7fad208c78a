import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhookSignature } from '@newsflow/subscriptions';
import { eventually, PipelineHarness } from './pipeline-harness';

const harness = new PipelineHarness(3100);

beforeAll(() => harness.start(), 180_000);
afterAll(() => harness.stop(), 120_000);

describe('subscriptions: own topics and webhooks', () => {
  it('gives each subscription its own topic with exactly the matching articles', async () => {
    const subscribe = async (name: string, filter: object) => {
      const response = await harness.api('/v1/subscriptions', harness.adminKey, {
        method: 'POST',
        body: JSON.stringify({ name, filter }),
      });
      expect(response.status).toBe(201);
      return (await response.json()) as { id: string; topic: string };
    };
    const lighthouses = await subscribe('lighthouse desk', { words: ['lighthouse'] });
    const gazette = await subscribe('gazette, new stories', {
      sources: ['harbour-gazette.example'],
      storyStatus: 'new',
    });
    expect(lighthouses.topic).toBe(`news.subscription.${lighthouses.id}.v1`);
    const badFilter = await harness.api('/v1/subscriptions', harness.adminKey, {
      method: 'POST',
      body: JSON.stringify({ name: 'x', filter: { entityIds: [{ $ne: null }] } }),
    });
    expect(badFilter.status).toBe(400);
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const push = async (text: string, source: string) =>
      String((await harness.push({ text, source })).json.articleId);
    const onlyLighthouse = await push(
      'The old lighthouse at Carrow Point will be restored, the council said on Monday.',
      'coast-desk.example',
    );
    const onlyGazette = await push(
      'Ferry fares across the estuary will rise by four percent in April, operators said.',
      'harbour-gazette.example',
    );
    const both = await push(
      'Volunteers repainted the lighthouse on Gull Rock over the weekend, the trust said.',
      'harbour-gazette.example',
    );
    const neither = await push(
      'The market hall reopened after a two-year refurbishment, traders said.',
      'coast-desk.example',
    );
    await eventually<boolean>(
      () =>
        [onlyLighthouse, onlyGazette, both, neither].every((id) => harness.publishedCount(id) === 1)
          ? true
          : undefined,
      'the four articles to be published',
    );

    const lighthouseTopic = await harness.collect(lighthouses.topic);
    const gazetteTopic = await harness.collect(gazette.topic);
    await eventually<boolean>(
      () => (lighthouseTopic.ids.length >= 2 && gazetteTopic.ids.length >= 2 ? true : undefined),
      'the subscription topics',
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await lighthouseTopic.stop();
    await gazetteTopic.stop();
    expect(lighthouseTopic.ids.sort()).toEqual([onlyLighthouse, both].sort());
    expect(gazetteTopic.ids.sort()).toEqual([onlyGazette, both].sort());

    const pause = await harness.api(`/v1/subscriptions/${lighthouses.id}/pause`, harness.adminKey, {
      method: 'POST',
    });
    expect(pause.status).toBe(200);
    expect(((await pause.json()) as { status: string }).status).toBe('paused');
    const reader = await harness.api('/v1/admin/api-keys', harness.adminKey, {
      method: 'POST',
      body: JSON.stringify({ name: 'subscription reader', scopes: ['read'] }),
    });
    const { token: readToken } = (await reader.json()) as { token: string };
    const readerPause = await harness.api(`/v1/subscriptions/${lighthouses.id}/pause`, readToken, {
      method: 'POST',
    });
    expect(readerPause.status).toBe(403);
    const resume = await harness.api(
      `/v1/subscriptions/${lighthouses.id}/resume`,
      harness.adminKey,
      { method: 'POST' },
    );
    expect(((await resume.json()) as { status: string }).status).toBe('active');
    const missing = await harness.api(
      '/v1/subscriptions/sub_0000000000000000/pause',
      harness.adminKey,
      {
        method: 'POST',
      },
    );
    expect(missing.status).toBe(404);

    const listed = (await (await harness.api('/v1/subscriptions')).json()) as { id: string }[];
    expect(listed.map((s) => s.id)).toEqual(expect.arrayContaining([lighthouses.id, gazette.id]));
    expect(
      (await harness.api(`/v1/subscriptions/${gazette.id}`, harness.adminKey, { method: 'DELETE' }))
        .status,
    ).toBe(204);
    expect((await harness.api(`/v1/subscriptions/${gazette.id}`)).status).toBe(404);
  });

  it('delivers matching articles to webhooks, signed, and shows failing receivers on the subscription', async () => {
    const received: { path: string; body: string; signature: string; eventId: string }[] = [];
    const receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({
          path: request.url ?? '',
          body,
          signature: String(request.headers['x-newsflow-signature']),
          eventId: String(request.headers['x-newsflow-event-id']),
        });
        response.writeHead(request.url === '/down' ? 503 : 204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    try {
      const subscribe = async (path: string) => {
        const response = await harness.api('/v1/subscriptions', harness.adminKey, {
          method: 'POST',
          body: JSON.stringify({
            name: path,
            filter: { words: ['seawall'] },
            webhook: { url: `${base}${path}` },
          }),
        });
        expect(response.status).toBe(201);
        return (await response.json()) as { id: string; webhookSecret: string };
      };
      const healthy = await subscribe('/hook');
      const down = await subscribe('/down');
      expect(healthy.webhookSecret).toMatch(/^whsec_/);
      await new Promise((resolve) => setTimeout(resolve, 1000));

      const matching = String(
        (
          await harness.push({
            text: 'Work on the new seawall at Port Arlen begins in May, engineers said.',
            source: 'coast-desk.example',
          })
        ).json.articleId,
      );
      await harness.push({
        text: 'The ferry timetable changes on Sunday, the operator said.',
        source: 'coast-desk.example',
      });
      await eventually<boolean>(
        () =>
          received.filter((r) => r.path === '/hook').length >= 1 &&
          received.filter((r) => r.path === '/down').length >= 3
            ? true
            : undefined,
        'webhook deliveries',
      );
      await new Promise((resolve) => setTimeout(resolve, 1500));

      const delivered = received.filter((r) => r.path === '/hook');
      expect(delivered).toHaveLength(1);
      const body = JSON.parse(delivered[0]!.body) as { id: string; payload: { articleId: string } };
      expect(body.payload.articleId).toBe(matching);
      expect(delivered[0]!.eventId).toBe(body.id);
      expect(
        verifyWebhookSignature(
          healthy.webhookSecret,
          delivered[0]!.signature,
          delivered[0]!.body,
          Date.now() / 1000,
        ),
      ).toBe(true);
      expect(
        verifyWebhookSignature(
          down.webhookSecret,
          delivered[0]!.signature,
          delivered[0]!.body,
          Date.now() / 1000,
        ),
      ).toBe(false);
      expect(received.filter((r) => r.path === '/down')).toHaveLength(3);

      const status = await eventually(async () => {
        const view = (await (await harness.api(`/v1/subscriptions/${down.id}`)).json()) as {
          webhook: { delivery: { failed: number; lastStatus: number; lastError: string } | null };
        };
        return view.webhook.delivery ?? undefined;
      }, 'the failure to show on the subscription');
      expect(status).toMatchObject({ failed: 1, lastStatus: 503 });
      expect(status.lastError).toContain('503');
    } finally {
      await new Promise<void>((resolve) =>
        receiver.close(() => {
          resolve();
        }),
      );
    }
  });
});
