import { cleanLine, joinParagraphs, splitParagraphs } from './paragraph-split';

describe('cleanLine', () => {
  it('folds no-break and zero-width spaces and collapses runs', () => {
    expect(cleanLine('\u00a0 Talks\u200b  resumed \t today ')).toBe('Talks resumed today');
  });
});

describe('splitParagraphs', () => {
  it('makes one paragraph of each non-empty line of a one-line-per-paragraph scrape', () => {
    const text = '\nFirst paragraph is here.\r\nSecond one.\n\n\nThird.\n';
    expect(splitParagraphs(text)).toEqual(['First paragraph is here.', 'Second one.', 'Third.']);
  });

  it('re-joins hard-wrapped blocks, keeping hyphens at line breaks', () => {
    const text = [
      'The committee met on Tuesday to review the well-',
      'known proposal, which had been delayed by months of',
      'argument over the budget.',
      '',
      'A vote is expected next week after the holiday break',
      'ends and members return.',
    ].join('\n');
    expect(splitParagraphs(text)).toEqual([
      'The committee met on Tuesday to review the well-known proposal, which had been delayed by months of argument over the budget.',
      'A vote is expected next week after the holiday break ends and members return.',
    ]);
  });

  it('does not join lines of very different lengths even inside one block', () => {
    const lines = [
      'A long paragraph that goes on for quite a while and ends here.',
      'Short.',
      'Another line that is fairly long but not as long.',
      'Tiny.',
      'End.',
    ];
    expect(splitParagraphs(lines.join('\n'))).toEqual(lines);
  });

  it('returns nothing for blank text', () => {
    expect(splitParagraphs(' \n \n')).toEqual([]);
  });
});

describe('joinParagraphs', () => {
  it('joins with a blank line, as the contract text field does', () => {
    expect(joinParagraphs(['One.', 'Two.'])).toBe('One.\n\nTwo.');
  });
});
