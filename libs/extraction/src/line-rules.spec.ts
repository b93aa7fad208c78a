import { applyLineRules } from './line-rules';

describe('applyLineRules', () => {
  it('recognises a credit line and keeps the credit', () => {
    expect(applyLineRules('Source: AFP', 'text')).toEqual({
      reason: 'credit-line',
      credit: { agency: 'AFP', line: 'Source: AFP', method: 'credit-line' },
      byline: null,
    });
  });

  it('reads both the byline and the credit of "By …, Reuters"', () => {
    const result = applyLineRules('By Erik Nilsen, Reuters', 'text');
    expect(result.reason).toBe('credit-line');
    expect(result.credit?.agency).toBe('Reuters');
    expect(result.byline).toBe('Erik Nilsen');
  });

  it('treats a dateline standing alone as a credit line', () => {
    expect(applyLineRules('LONDON (Reuters) -', 'text').credit?.agency).toBe('Reuters');
  });

  it('keeps a paragraph opening with a dateline as text', () => {
    expect(applyLineRules('LONDON (Reuters) - Shares fell on Monday.', 'text').reason).toBeNull();
  });

  it.each([
    ['By Jane Doe', 'byline'],
    ['Advertisement', 'advertisement'],
    ['GMT 12:05 2019 Monday ,11 March', 'timestamp'],
    ['Port reopens after stormsGMT 17:02 2019 Sunday ,10 March', 'timestamped-headline'],
    ['Markets', 'short-fragment'],
  ])('classifies %j as %s', (line, reason) => {
    expect(applyLineRules(line, 'text').reason).toBe(reason);
  });

  it('does not call a short heading or list item of an HTML page a fragment', () => {
    expect(applyLineRules('Background', 'heading').reason).toBeNull();
    expect(applyLineRules('Lisbon', 'list-item').reason).toBeNull();
  });

  it('keeps prose that merely contains a time', () => {
    expect(
      applyLineRules('The vote is due at 10:00 GMT on Friday, officials said.', 'text').reason,
    ).toBeNull();
  });
});
