import { retryDelayMs } from './retry-policy';

describe('retryDelayMs', () => {
  it('grows exponentially with jitter between half and all of the ceiling', () => {
    expect(retryDelayMs(1, 100, () => 0)).toBe(50);
    expect(retryDelayMs(1, 100, () => 1)).toBe(100);
    expect(retryDelayMs(4, 100, () => 1)).toBe(800);
  });

  it('is capped at 30 seconds', () => {
    expect(retryDelayMs(30, 1000, () => 1)).toBe(30_000);
  });
});
