import { wordShingles } from './word-shingles.util';

const words = (text: string): string[] => text.split(' ');

describe('wordShingles', () => {
  it('yields one hash per distinct k-word window, sorted and unique', () => {
    const shingles = wordShingles(words('a b c d e'), 3);
    expect(shingles).toHaveLength(3);
    expect([...shingles]).toEqual([...shingles].sort((x, y) => x - y));
  });

  it('counts a repeated window once', () => {
    expect(wordShingles(words('a b a b a b'), 2)).toHaveLength(2);
  });

  it('gives identical sequences identical sets and is order-sensitive within a window', () => {
    expect(wordShingles(words('the mayor said'), 2)).toEqual(
      wordShingles(words('the mayor said'), 2),
    );
    expect(wordShingles(words('a b'), 2)).not.toEqual(wordShingles(words('b a'), 2));
  });

  it('shares the windows of a common passage', () => {
    const original = new Set(wordShingles(words('one two three four five six'), 3));
    const truncated = wordShingles(words('one two three four'), 3);
    expect([...truncated].every((hash) => original.has(hash))).toBe(true);
  });

  it('makes one shingle of a text shorter than k, and none of an empty one', () => {
    expect(wordShingles(words('breaking news'), 5)).toHaveLength(1);
    expect(wordShingles([], 5)).toHaveLength(0);
  });

  it('rejects a shingle size below 1', () => {
    expect(() => wordShingles(['a'], 0)).toThrow(RangeError);
  });
});
