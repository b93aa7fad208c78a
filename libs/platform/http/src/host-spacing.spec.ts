import { HostSpacing } from './host-spacing';

describe('HostSpacing', () => {
  it('lets the first request start at once and spaces the next ones', () => {
    const spacing = new HostSpacing();
    expect(spacing.reserve('a.example', 1000, 0)).toBe(0);
    expect(spacing.reserve('a.example', 1000, 10)).toBe(1000);
    expect(spacing.reserve('a.example', 1000, 20)).toBe(2000);
  });

  it('keeps hosts apart', () => {
    const spacing = new HostSpacing();
    spacing.reserve('a.example', 1000, 0);
    expect(spacing.reserve('b.example', 1000, 5)).toBe(5);
  });

  it('does not wait when the spacing has already passed', () => {
    const spacing = new HostSpacing();
    spacing.reserve('a.example', 1000, 0);
    expect(spacing.reserve('a.example', 1000, 5000)).toBe(5000);
  });

  it('applies the spacing of the request being reserved (a Crawl-delay learned later)', () => {
    const spacing = new HostSpacing();
    spacing.reserve('a.example', 1000, 0);
    expect(spacing.reserve('a.example', 10_000, 100)).toBe(10_000);
  });

  it('refuses, without reserving, a start later than allowed', () => {
    const spacing = new HostSpacing();
    spacing.reserve('a.example', 1000, 0);
    expect(spacing.reserve('a.example', 1000, 0, 500)).toBeUndefined();
    expect(spacing.reserve('a.example', 1000, 0, 1000)).toBe(1000);
  });

  it('reports the remaining wait and forgets a host only once its spacing has run out', () => {
    const spacing = new HostSpacing();
    spacing.reserve('a.example', 1000, 0);
    expect(spacing.remainingMs('a.example', 400)).toBe(600);
    expect(spacing.forgetIfElapsed('a.example', 400)).toBe(false);
    expect(spacing.size).toBe(1);
    expect(spacing.forgetIfElapsed('a.example', 1000)).toBe(true);
    expect(spacing.size).toBe(0);
    expect(spacing.remainingMs('a.example', 1000)).toBe(0);
  });
});
