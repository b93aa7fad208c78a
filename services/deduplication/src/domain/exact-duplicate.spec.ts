import { decideExactDuplicate, type ArticleDedupState } from './exact-duplicate';

const hashA = 'a'.repeat(64);
const hashB = 'b'.repeat(64);

function state(overrides: Partial<ArticleDedupState> = {}): ArticleDedupState {
  return { articleId: 'art_1', contentHash: hashA, version: 1, emitted: true, ...overrides };
}

describe('decideExactDuplicate', () => {
  it('emits a first sighting as unique version 1', () => {
    expect(
      decideExactDuplicate({
        articleId: 'art_1',
        contentHash: hashA,
        contentOwner: 'art_1',
        state: null,
      }),
    ).toEqual({
      action: 'emit',
      verdict: 'unique',
      version: 1,
    });
  });

  it('drops the same words under another article', () => {
    expect(
      decideExactDuplicate({
        articleId: 'art_2',
        contentHash: hashA,
        contentOwner: 'art_1',
        state: null,
      }),
    ).toEqual({
      action: 'drop',
      reason: 'same-text-other-article',
      duplicateOf: 'art_1',
    });
  });

  it('drops a repeat of an article already emitted', () => {
    expect(
      decideExactDuplicate({
        articleId: 'art_1',
        contentHash: hashA,
        contentOwner: 'art_1',
        state: state(),
      }),
    ).toEqual({ action: 'drop', reason: 'already-published' });
  });

  it('re-emits the same version when the previous attempt stopped before emitting', () => {
    expect(
      decideExactDuplicate({
        articleId: 'art_1',
        contentHash: hashB,
        contentOwner: 'art_1',
        state: state({ contentHash: hashB, version: 2, emitted: false }),
      }),
    ).toEqual({ action: 'emit', verdict: 'revision', version: 2 });
  });

  it('turns changed words under the same article into the next version', () => {
    expect(
      decideExactDuplicate({
        articleId: 'art_1',
        contentHash: hashB,
        contentOwner: 'art_1',
        state: state(),
      }),
    ).toEqual({ action: 'emit', verdict: 'revision', version: 2 });
  });
});
