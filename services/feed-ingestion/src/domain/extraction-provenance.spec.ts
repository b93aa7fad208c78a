import { provenanceSchema } from '@newsflow/contracts';
import { EXTRACTOR_NAME, EXTRACTOR_VERSION, provenanceOf } from './extraction-provenance';

describe('provenanceOf', () => {
  it('records extractor, version and method in the contract shape', () => {
    const provenance = provenanceOf('json-ld');
    expect(provenance).toEqual({
      extractor: EXTRACTOR_NAME,
      version: EXTRACTOR_VERSION,
      method: 'json-ld',
    });
    expect(provenanceSchema.parse(provenance)).toEqual(provenance);
  });

  it('uses a semantic version', () => {
    expect(EXTRACTOR_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
