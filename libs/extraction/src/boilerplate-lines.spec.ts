import { classifyLines } from './boilerplate-lines';

const para = (topic: string): string =>
  `Officials said on Monday that the ${topic} would be reviewed by an independent panel before the end of the year.`;

describe('classifyLines', () => {
  it('keeps the prose run and says why every other line went', () => {
    const result = classifyLines([
      'Home | World | Africa',
      para('budget'),
      'Advertisement',
      para('contract'),
      'Source: AFP',
      'Dam project delayed againGMT 10:02 2020 Monday ,6 April',
      'Copyright © 2024 Example',
    ]);
    expect(result.paragraphs).toEqual([para('budget'), para('contract')]);
    expect(result.removed).toEqual([
      { line: 'Home | World | Africa', reason: 'navigation-menu' },
      { line: 'Advertisement', reason: 'advertisement' },
      { line: 'Source: AFP', reason: 'credit-line' },
      {
        line: 'Dam project delayed againGMT 10:02 2020 Monday ,6 April',
        reason: 'timestamped-headline',
      },
      { line: 'Copyright © 2024 Example', reason: 'copyright' },
    ]);
    expect(result.credit).toEqual({ agency: 'AFP', line: 'Source: AFP', method: 'credit-line' });
  });

  it('marks two or more headline-shaped lines in a row as a headline list', () => {
    const result = classifyLines([
      para('budget'),
      'Drought pushes herders into cities',
      'Plastic bags banned in parks',
    ]);
    expect(result.removed.map((line) => line.reason)).toEqual(['headline-list', 'headline-list']);
  });

  it('treats sentences after the end of the body as not body', () => {
    const result = classifyLines([
      para('budget'),
      para('contract'),
      para('tender'),
      'Related stories',
      'The mayor resigned last week after a long dispute.',
    ]);
    expect(result.paragraphs).toEqual([para('budget'), para('contract'), para('tender')]);
    expect(result.removed.at(-1)).toEqual({
      line: 'The mayor resigned last week after a long dispute.',
      reason: 'after-body',
    });
  });

  it('keeps the first copy of a repeated paragraph and drops the echo', () => {
    const result = classifyLines([para('budget'), para('budget'), para('contract')]);
    expect(result.paragraphs).toEqual([para('budget'), para('contract')]);
    expect(result.removed).toEqual([{ line: para('budget'), reason: 'duplicate-line' }]);
  });

  it('drops every copy of a repeated non-sentence line', () => {
    const result = classifyLines([
      'World news today',
      para('budget'),
      para('contract'),
      'World news today',
    ]);
    expect(result.removed.map((line) => line.reason)).toEqual(['repeated-line', 'duplicate-line']);
  });

  it('drops a lone heading-like line inside the body of a plain-text page', () => {
    const result = classifyLines([para('budget'), 'Costs keep rising', para('contract')]);
    expect(result.removed).toEqual([{ line: 'Costs keep rising', reason: 'heading-line' }]);
  });

  it('keeps HTML headings and list items inside the body', () => {
    const result = classifyLines([
      { text: para('budget'), kind: 'text' },
      { text: 'Costs keep rising', kind: 'heading' },
      { text: 'Fuel', kind: 'list-item' },
      { text: 'Wages', kind: 'list-item' },
      { text: para('contract'), kind: 'text' },
    ]);
    expect(result.paragraphs).toHaveLength(5);
  });

  it('removes lines repeating a known title', () => {
    const result = classifyLines(['Dam project delayed', para('budget')], {
      knownTitle: ' dam project  DELAYED ',
    });
    expect(result.removed).toEqual([{ line: 'Dam project delayed', reason: 'title' }]);
    expect(result.title).toBeNull();
  });

  it('detects a title line and a byline above the body on request', () => {
    const lines = ['Dam project delayed again', 'By Jane Doe', para('budget')];
    expect(classifyLines(lines).title).toBeNull();
    const result = classifyLines(lines, { detectTitle: true });
    expect(result.title).toBe('Dam project delayed again');
    expect(result.byline).toBe('Jane Doe');
    expect(result.paragraphs).toEqual([para('budget')]);
  });

  it('records a dateline credit and keeps the dateline text', () => {
    const first = `LAGOS (Reuters) - ${para('budget')}`;
    const result = classifyLines([first, para('contract')]);
    expect(result.paragraphs[0]).toBe(first);
    expect(result.credit).toEqual({
      agency: 'Reuters',
      line: 'LAGOS (Reuters) -',
      method: 'dateline',
    });
  });

  it('takes a credit line above the body when only furniture separates them', () => {
    expect(classifyLines(['dpa', 'Share', para('budget')]).credit?.agency).toBe('dpa');
  });

  it('ignores a credit line that belongs to a later block of other stories', () => {
    const result = classifyLines([
      para('budget'),
      para('contract'),
      'Most read',
      'Dam project delayed again',
      'Source: Reuters',
    ]);
    expect(result.credit).toBeNull();
  });

  it('falls back to a sign-off on the last paragraph', () => {
    expect(classifyLines([para('budget'), `${para('contract')} (AFP)`]).credit?.line).toBe('(AFP)');
  });

  it('keeps unremoved lines when the page has no prose at all', () => {
    const result = classifyLines(['Dam project delayed again', 'Advertisement']);
    expect(result.paragraphs).toEqual(['Dam project delayed again']);
  });

  it('returns an empty result for empty input', () => {
    expect(classifyLines(['', '  '])).toEqual({
      lines: [],
      paragraphs: [],
      removed: [],
      title: null,
      byline: null,
      credit: null,
    });
  });

  describe('with structured (HTML) input', () => {
    it('applies the per-line rules but keeps short blocks and lines around the prose', () => {
      const result = classifyLines(
        [
          { text: 'Key facts', kind: 'heading' },
          { text: para('budget') },
          { text: 'Kate Henshaw' },
          { text: 'Advertisement' },
          { text: 'Drought pushes herders into cities' },
          { text: 'Plastic bags banned in parks' },
          { text: para('contract') },
          { text: 'See more photos:' },
        ],
        { structured: true },
      );
      expect(result.paragraphs).toEqual([
        'Key facts',
        para('budget'),
        'Kate Henshaw',
        'Drought pushes herders into cities',
        'Plastic bags banned in parks',
        para('contract'),
        'See more photos:',
      ]);
      expect(result.removed).toEqual([{ line: 'Advertisement', reason: 'advertisement' }]);
    });

    it('drops a standfirst set as a heading and a repeated copy of the article', () => {
      const article = [1, 2, 3, 4, 5, 6].map((n) => ({ text: para(`plan number ${String(n)}`) }));
      const result = classifyLines(
        [
          { text: 'The council approved the plan after a long debate.', kind: 'heading' },
          ...article,
          ...article,
        ],
        { structured: true },
      );
      expect(result.paragraphs).toEqual(article.map((line) => line.text));
      expect(result.removed[0]).toEqual({
        line: 'The council approved the plan after a long debate.',
        reason: 'standfirst',
      });
    });

    it('still finds the credit next to the body', () => {
      const result = classifyLines([{ text: para('budget') }, { text: 'Source: AFP' }], {
        structured: true,
      });
      expect(result.credit?.agency).toBe('AFP');
    });
  });
});
