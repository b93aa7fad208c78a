import { extractStoryFeatures } from '@newsflow/similarity';
import { fromStoredFeatures, toStoredFeatures } from './stored-story-features';

describe('stored story features', () => {
  it('round-trips through flat arrays', () => {
    const features = extractStoryFeatures([
      'Dockers in Sines walked out on Monday, the union CGTP said, over 1,200 jobs.',
      'Maria Duarte of the port authority said talks would resume in 2025.',
    ]);
    const stored = toStoredFeatures(features);
    expect(stored.termKeys.every((key) => typeof key === 'string')).toBe(true);
    expect(fromStoredFeatures(JSON.parse(JSON.stringify(stored)) as typeof stored)).toEqual(
      features,
    );
  });
});
