import { withTimeout } from './readiness-check';

describe('withTimeout', () => {
  it('returns the value of work that finishes in time', async () => {
    await expect(withTimeout(Promise.resolve(7), 100, 'x')).resolves.toBe(7);
  });

  it('rejects, naming the dependency, when work hangs', async () => {
    const hang = new Promise<never>(() => undefined);
    await expect(withTimeout(hang, 20, 'kafka')).rejects.toThrow(
      'kafka did not answer within 20 ms',
    );
  });
});
