import { groupByTopic, readEvalCorpus } from './eval-corpus.reader';

const line = (doc: string, topic: number, cluster: string, text: string): string =>
  JSON.stringify({ doc, topic, subtopic: 'x', cluster, text });

describe('readEvalCorpus', () => {
  it('reads one article per line and drops URL-only lines', () => {
    const jsonl = [
      line('a', 1, '1a', 'http : / / www . example . com / a\nHeadline\nBody text .'),
      '',
      line('b', 1, '1b', 'Another body .'),
    ].join('\n');
    expect(readEvalCorpus(jsonl)).toEqual([
      { doc: 'a', topic: '1', cluster: '1a', lines: ['Headline', 'Body text .'] },
      { doc: 'b', topic: '1', cluster: '1b', lines: ['Another body .'] },
    ]);
  });

  it('names the line that is malformed', () => {
    expect(() => readEvalCorpus(`${line('a', 1, '1a', 'x')}\n{oops`)).toThrow(/line 2: not JSON/u);
    expect(() => readEvalCorpus('{"doc":"a"}')).toThrow(/line 1/u);
  });
});

describe('groupByTopic', () => {
  it('keeps topics in order of appearance and articles in file order', () => {
    const corpus = readEvalCorpus(
      [line('a', 2, '2a', 'x'), line('b', 1, '1a', 'y'), line('c', 2, '2b', 'z')].join('\n'),
    );
    expect(groupByTopic(corpus).map((topic) => topic.map((article) => article.doc))).toEqual([
      ['a', 'c'],
      ['b'],
    ]);
  });
});
