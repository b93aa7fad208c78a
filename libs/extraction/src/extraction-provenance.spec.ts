import { EXTRACTOR_NAME, EXTRACTOR_VERSION, provenanceOf } from './extraction-provenance';

describe('provenanceOf', () => {
  it('records extractor, version and method, none of them empty', () => {
    const provenance = provenanceOf('json-ld');
    expect(provenance).toEqual({
      extractor: EXTRACTOR_NAME,
      version: EXTRACTOR_VERSION,
      method: 'json-ld',
    });
    expect(Object.values(provenance).every((value) => value.length > 0)).toBe(true);
  });

  it('uses a semantic version', () => {
    expect(EXTRACTOR_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
