import { Gazetteer } from '../gazetteer/gazetteer';
import { buildGazetteerData } from '../gazetteer/build-gazetteer-data.util';
import { buildDocumentContext } from './document-context.util';
import { extractFeatures, type SentenceFeatures } from './extract-features.util';

const gazetteer = new Gazetteer(buildGazetteerData());

function featuresOf(words: string[], document: string[][] = [words]): SentenceFeatures {
  return extractFeatures(words, buildDocumentContext(document), gazetteer);
}

function tokenFeatures(features: SentenceFeatures, index: number): Set<number> {
  const from = features.offsets[index] ?? 0;
  const to = features.offsets[index + 1] ?? 0;
  return new Set(features.hashes.subarray(from, to));
}

describe('extractFeatures', () => {
  const words = ['Minister', 'Anna', 'Berg', 'visited', 'Oslo', '.'];
  const features = featuresOf(words);

  it('lays out each token’s features contiguously, every token with some', () => {
    expect(features.offsets).toHaveLength(words.length + 1);
    expect(features.offsets[words.length]).toBe(features.hashes.length);
    for (let index = 0; index < words.length; index += 1) {
      expect(tokenFeatures(features, index).size).toBeGreaterThan(10);
    }
  });

  it('is deterministic', () => {
    expect(featuresOf(words).hashes).toEqual(features.hashes);
  });

  it('depends on the neighbours of a word, not only on the word', () => {
    const other = featuresOf(['Minister', 'Anna', 'Berg', 'left', 'Oslo', '.']);
    expect(tokenFeatures(other, 4)).not.toEqual(tokenFeatures(features, 4));
    const shared = [...tokenFeatures(other, 4)].filter((hash) =>
      tokenFeatures(features, 4).has(hash),
    );
    expect(shared.length).toBeGreaterThan(5);
  });

  it('sees casing, gazetteer lists and sentence position', () => {
    const lower = featuresOf(['minister', 'anna', 'berg', 'visited', 'oslo', '.']);
    expect(tokenFeatures(lower, 1)).not.toEqual(tokenFeatures(features, 1));
    // "Anna" is a listed first name; "Xanna" is not, and differs in list features besides word ones.
    const unlisted = featuresOf(['Minister', 'Xanna', 'Berg', 'visited', 'Oslo', '.']);
    expect(tokenFeatures(unlisted, 2)).not.toEqual(tokenFeatures(features, 2));
  });

  it('uses the rest of the document for words whose casing proves nothing', () => {
    const headline = ['BERG', 'WINS'];
    const alone = featuresOf(headline, [headline]);
    const inStory = featuresOf(headline, [headline, ['Minister', 'Anna', 'Berg', 'won']]);
    expect(tokenFeatures(inStory, 0)).not.toEqual(tokenFeatures(alone, 0));
  });

  it('handles an empty sentence', () => {
    const empty = featuresOf([]);
    expect(empty.hashes).toHaveLength(0);
    expect(empty.offsets).toEqual(new Uint32Array([0]));
  });
});
