import { computeContentHash, normaliseForHash } from './content-hash';

describe('normaliseForHash', () => {
  it('lower-cases, strips punctuation and collapses whitespace', () => {
    expect(normaliseForHash('  The Minister said:\n\n"No deal."  ')).toBe(
      'the minister said no deal',
    );
  });

  it('folds compatibility forms and typographic quotes to the same words', () => {
    expect(normaliseForHash('ﬁnal ‘offer’ — ２０２４')).toBe(
      normaliseForHash("final 'offer' - 2024"),
    );
  });

  it('ignores invisible format characters such as soft hyphens and zero-width spaces', () => {
    expect(normaliseForHash('nego\u00adtiations\u200b resumed')).toBe('negotiations resumed');
  });

  it('treats punctuation as a word break, so spacing around it does not matter', () => {
    expect(normaliseForHash('end.Next')).toBe(normaliseForHash('end. Next'));
  });
});

describe('computeContentHash', () => {
  it('is the sha256 hex of the normalised text', () => {
    // sha256("abc")
    expect(computeContentHash('A, b; C!')).toBe(computeContentHash('a b c'));
    expect(computeContentHash('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('differs when the words differ', () => {
    expect(computeContentHash('ten people died')).not.toBe(
      computeContentHash('eleven people died'),
    );
  });

  it('matches the contract format', () => {
    expect(computeContentHash('anything')).toMatch(/^[0-9a-f]{64}$/);
  });
});
