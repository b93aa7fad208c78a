import { selectBodyRange, type RunLine } from './body-run';
import type { RemovalReason } from './removal-reason';

const prose = (length = 200): RunLine => ({ kind: 'text', reason: null, prose: true, length });
const furniture = (reason: RemovalReason | null = 'share-prompt'): RunLine => ({
  kind: 'text',
  reason,
  prose: false,
  length: 10,
});

describe('selectBodyRange', () => {
  it('spans the prose run, from its first to its last prose line', () => {
    expect(selectBodyRange([furniture(), prose(), prose(), furniture()])).toEqual({
      start: 1,
      end: 3,
    });
  });

  it('lets one or two pieces of furniture interrupt the body', () => {
    const lines = [prose(), furniture('advertisement'), furniture(), prose()];
    expect(selectBodyRange(lines)).toEqual({ start: 0, end: 4 });
  });

  it('ends the body at three pieces of furniture in a row', () => {
    const lines = [prose(), prose(), furniture(), furniture(), furniture(), prose(50)];
    expect(selectBodyRange(lines)).toEqual({ start: 0, end: 2 });
  });

  it('ends the body at a boundary line such as a credit', () => {
    const lines = [prose(), prose(), furniture('credit-line'), prose(150)];
    expect(selectBodyRange(lines)).toEqual({ start: 0, end: 2 });
  });

  it('prefers the first block when a later one is not more than twice as heavy', () => {
    const lines = [prose(300), furniture('related-label'), prose(250), prose(250)];
    expect(selectBodyRange(lines)).toEqual({ start: 0, end: 1 });
  });

  it('skips a small lead-in block before a much heavier body', () => {
    const lines = [prose(60), furniture('copyright'), prose(400), prose(400)];
    expect(selectBodyRange(lines)).toEqual({ start: 2, end: 4 });
  });

  it('lets HTML headings and list items sit inside the body', () => {
    const item: RunLine = { kind: 'list-item', reason: null, prose: false, length: 20 };
    const lines = [prose(), item, item, item, item, prose()];
    expect(selectBodyRange(lines)).toEqual({ start: 0, end: 6 });
  });

  it('finds no body without prose', () => {
    expect(selectBodyRange([furniture(), furniture(null)])).toBeNull();
    expect(selectBodyRange([])).toBeNull();
  });
});
