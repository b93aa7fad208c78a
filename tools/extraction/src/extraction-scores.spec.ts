import type { EvalCase } from './eval-dataset.reader';
import { scoreWcxb, scoreZyte } from './extraction-scores';

const page = (id: string, fields: Partial<EvalCase>): EvalCase => ({
  id,
  url: null,
  body: '',
  title: null,
  author: null,
  publishDate: null,
  ...fields,
});

describe('scoreZyte', () => {
  it('scores every page, an empty prediction counting only against recall', () => {
    const report = scoreZyte(
      [page('a', { body: 'one two three four five six' }), page('b', { body: 'a b c d' })],
      [
        { body: 'one two three four five six seven', title: null, author: null, publishedAt: null },
        { body: '', title: null, author: null, publishedAt: null },
      ],
    );
    expect(report.precision).toBeCloseTo(0.75);
    expect(report.recall).toBeCloseTo(0.5);
    expect(report.perPage.map((score) => score.id)).toEqual(['a', 'b']);
  });
});

describe('scoreWcxb', () => {
  it('scores the body and each metadata field, and all three together', () => {
    const report = scoreWcxb(
      [
        page('1', {
          body: 'The cat sat',
          title: 'Cats',
          author: 'Jane Doe',
          publishDate: '2024-05-20',
        }),
        page('2', { body: 'A dog ran', title: 'Dogs', author: null, publishDate: null }),
      ],
      [
        {
          body: 'The cat sat',
          title: 'Cats',
          author: 'Jane Doe',
          publishedAt: '2024-05-20T08:00:00.000Z',
        },
        { body: 'A dog', title: 'Dogs | Pets Weekly', author: null, publishedAt: null },
      ],
    );
    expect(report.body.f1).toBeCloseTo((1 + 0.8) / 2);
    expect(report.title.exact).toBeCloseTo(0.5);
    expect(report.author).toMatchObject({ exact: 1, pages: 1 });
    expect(report.date).toMatchObject({ exact: 1, pages: 1 });
    expect(report.allThree).toBeCloseTo(0.5);
  });
});
