import {
  markRepeatedSections,
  markStandfirst,
  proseSpan,
  type StructuredLine,
} from './structured-blocks';

const line = (
  text: string,
  kind: StructuredLine['kind'] = 'text',
  prose = true,
): StructuredLine => ({
  text,
  kind,
  prose,
  reason: null,
});
const sentence = (n: number): string =>
  `Paragraph ${String(n)} says what happened next in some twenty words so that it counts as real article prose.`;

describe('markRepeatedSections', () => {
  it('drops a second copy of a long run of blocks', () => {
    const article = [1, 2, 3, 4, 5, 6].map((n) => line(sentence(n)));
    const lines = [...article, ...article.map((copy) => ({ ...copy }))];
    markRepeatedSections(lines);
    expect(lines.map((l) => l.reason)).toEqual([
      ...Array<null>(6).fill(null),
      ...Array<string>(6).fill('duplicate-line'),
    ]);
  });

  it('drops a paragraph echoed right after itself but keeps a recurring question', () => {
    const lines = [
      line(sentence(1)),
      line(sentence(1)),
      line('What inspired you?'),
      line(sentence(2)),
      line('What inspired you?'),
      line(sentence(3)),
    ];
    markRepeatedSections(lines);
    expect(lines.map((l) => l.reason)).toEqual([null, 'duplicate-line', null, null, null, null]);
  });
});

describe('markStandfirst', () => {
  it('marks sentence headings above the first paragraph, not sub-headings below it', () => {
    const lines = [
      line('The government unveiled a plan to cut costs by half.', 'heading'),
      line('Section', 'heading', false),
      line(sentence(1)),
      line('A heading that is a whole sentence.', 'heading'),
    ];
    markStandfirst(lines);
    expect(lines.map((l) => l.reason)).toEqual(['standfirst', null, null, null]);
  });
});

describe('proseSpan', () => {
  it('runs from the first to the last kept prose line', () => {
    const lines = [
      line('Menu', 'text', false),
      line(sentence(1)),
      line('Tag', 'text', false),
      line(sentence(2)),
      line('End', 'text', false),
    ];
    expect(proseSpan(lines)).toEqual({ start: 1, end: 4 });
    expect(proseSpan([line('Menu', 'text', false)])).toBeNull();
  });
});
