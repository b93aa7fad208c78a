import { setTimeout as sleep } from 'node:timers/promises';

import { HostBudget } from './host-budget';
import type { SafeHttpError } from './safe-http-error';

async function failure(work: Promise<unknown>): Promise<SafeHttpError> {
  try {
    await work;
  } catch (error) {
    return error as SafeHttpError;
  }
  throw new Error('expected a failure');
}

describe('HostBudget', () => {
  it('never runs more than maxConcurrency tasks per host at once', async () => {
    const budget = new HostBudget({ maxConcurrency: 2, maxWaitMs: 5000 });
    let running = 0;
    let peak = 0;
    const task = async (): Promise<void> => {
      running += 1;
      peak = Math.max(peak, running);
      await sleep(30);
      running -= 1;
    };
    await Promise.all(Array.from({ length: 6 }, () => budget.run('a.example', 0, task)));
    expect(peak).toBe(2);
  });

  it('spaces starts on one host by the spacing, in arrival order, and not across hosts', async () => {
    const budget = new HostBudget({ maxConcurrency: 4, maxWaitMs: 5000 });
    const starts: [string, number][] = [];
    const task = (label: string) => (): Promise<string> => {
      starts.push([label, Date.now()]);
      return Promise.resolve(label);
    };
    const results = await Promise.all([
      budget.run('a.example', 80, task('a1')),
      budget.run('a.example', 80, task('a2')),
      budget.run('b.example', 80, task('b1')),
      budget.run('A.EXAMPLE', 80, task('a3')),
    ]);
    expect(results.map((r) => r.value)).toEqual(['a1', 'a2', 'b1', 'a3']);
    const startOf = new Map(starts);
    const at = (label: string): number => startOf.get(label) ?? Number.NaN;
    expect(starts.filter(([l]) => l.startsWith('a')).map(([l]) => l)).toEqual(['a1', 'a2', 'a3']);
    expect(at('a2') - at('a1')).toBeGreaterThanOrEqual(75);
    expect(at('a3') - at('a2')).toBeGreaterThanOrEqual(75);
    // b is another host: it does not wait behind a.
    expect(at('b1') - at('a1')).toBeLessThan(60);
    expect(results[2].waitedMs).toBeLessThan(60);
    expect(results[3].waitedMs).toBeGreaterThanOrEqual(150);
  });

  it('keeps the spacing after a slow request that held the only slot', async () => {
    const budget = new HostBudget({ maxConcurrency: 1, maxWaitMs: 5000 });
    const starts: number[] = [];
    await Promise.all([
      budget.run('a.example', 60, async () => {
        starts.push(Date.now());
        await sleep(100);
      }),
      budget.run('a.example', 60, () => {
        starts.push(Date.now());
        return Promise.resolve();
      }),
    ]);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(95);
  });

  it("fails 'host-busy' when the turn would come later than maxWaitMs, without running the task", async () => {
    const budget = new HostBudget({ maxConcurrency: 1, maxWaitMs: 100 });
    const ran: string[] = [];
    const first = budget.run('a.example', 500, () => Promise.resolve(ran.push('first')));
    const second = await failure(
      budget.run('a.example', 500, () => Promise.resolve(ran.push('second'))),
    );
    await first;
    expect(second.kind).toBe('host-busy');
    expect(second.retryAfterSeconds).toBe(1);
    expect(ran).toEqual(['first']);
  });

  it("fails 'host-busy' when no slot frees up within maxWaitMs", async () => {
    const budget = new HostBudget({ maxConcurrency: 1, maxWaitMs: 50 });
    const slow = budget.run('a.example', 0, () => sleep(200));
    const started = Date.now();
    const queued = await failure(budget.run('a.example', 0, () => Promise.resolve('never')));
    expect(queued.kind).toBe('host-busy');
    expect(Date.now() - started).toBeLessThan(180);
    await slow;
  });

  it('passes task errors through and frees the slot', async () => {
    const budget = new HostBudget({ maxConcurrency: 1, maxWaitMs: 1000 });
    await expect(
      budget.run('a.example', 0, () => Promise.reject(new Error('boom'))),
    ).rejects.toThrow('boom');
    await expect(budget.run('a.example', 0, () => Promise.resolve('next'))).resolves.toMatchObject({
      value: 'next',
    });
  });

  it('drops idle hosts once their spacing has elapsed (bounded memory)', async () => {
    const budget = new HostBudget({ maxConcurrency: 2, maxWaitMs: 1000 });
    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        budget.run(`h${i}.example`, 20, () => Promise.resolve(i)),
      ),
    );
    expect(budget.trackedHosts).toBe(200);
    await sleep(250);
    expect(budget.trackedHosts).toBe(0);
  });

  it('waitTurn spaces a redirect hop without taking a slot', async () => {
    const budget = new HostBudget({ maxConcurrency: 1, maxWaitMs: 1000 });
    const started = Date.now();
    await budget.run('a.example', 60, async () => {
      // The slot of a.example is held here; the hop to a.example itself must still be spaced.
      const waited = await budget.waitTurn('a.example', 60);
      expect(waited).toBeGreaterThanOrEqual(55);
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });
});
