import { isBodyBoundary } from './removal-reason';

describe('isBodyBoundary', () => {
  it.each([
    'credit-line',
    'copyright',
    'comment-prompt',
    'headline-list',
    'related-label',
  ] as const)('%s ends a body', (reason) => {
    expect(isBodyBoundary(reason)).toBe(true);
  });

  it.each(['advertisement', 'share-prompt', 'duplicate-line', 'short-fragment'] as const)(
    '%s only interrupts one',
    (reason) => {
      expect(isBodyBoundary(reason)).toBe(false);
    },
  );

  it('body lines are no boundary', () => {
    expect(isBodyBoundary(null)).toBe(false);
  });
});
