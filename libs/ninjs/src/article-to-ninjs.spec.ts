import { aDedupVerdict, anExtractedArticle, someTags } from '@newsflow/testing';
import { articleToNinjs, ninjsUri } from './article-to-ninjs';
import { validateNinjs } from './ninjs-validator';

const tags = someTags({
  entities: [
    {
      id: 'wikidata:Q1065',
      type: 'organisation',
      name: 'United Nations',
      mentions: [{ text: 'UN', start: 0, end: 2 }],
      salience: 0.8,
      confidence: 0.95,
    },
    {
      id: 'local:person:jane-roe',
      type: 'person',
      name: 'Jane Roe',
      mentions: [{ text: 'Roe', start: 10, end: 13 }],
      salience: 0.2,
      confidence: 0.7,
    },
  ],
});

function item() {
  return articleToNinjs({
    article: anExtractedArticle({
      byline: 'By A. Writer',
      credit: {
        agency: 'AFP',
        line: 'Source: AFP',
        provenance: { extractor: 'x', version: '1', method: 'credit-line' },
      },
    }),
    dedup: aDedupVerdict({ version: 3 }),
    tags,
    versionCreated: '2026-03-02T11:00:00.000Z',
    firstCreated: '2026-03-02T10:00:00.000Z',
  });
}

describe('articleToNinjs', () => {
  it('produces a document valid against the official ninjs 3.1 schema', () => {
    expect(validateNinjs(item())).toEqual({ valid: true });
  });

  it('maps identity, versions, text and attribution', () => {
    const ninjs = item();
    expect(ninjs.uri).toBe(ninjsUri('art_00000000000000000000000000000001'));
    expect(ninjs.version).toBe('3');
    expect(ninjs.headlines).toEqual([
      { role: 'main', value: 'Ministers agree fishing quotas', contentType: 'text/plain' },
    ]);
    expect(ninjs.bodies[0]?.wordCount).toBeGreaterThan(10);
    expect(ninjs.by).toBe('By A. Writer');
    expect(ninjs.infoSources).toContainEqual({ name: 'AFP', role: 'originating source' });
  });

  it('gives every entity a typed entry and a subject with creator, relevance and confidence', () => {
    const ninjs = item();
    expect(ninjs.organisations).toEqual([
      {
        name: 'United Nations',
        rel: 'about',
        literal: 'wikidata:Q1065',
        uri: 'http://www.wikidata.org/entity/Q1065',
      },
    ]);
    expect(ninjs.people).toEqual([
      { name: 'Jane Roe', rel: 'mentions', literal: 'local:person:jane-roe' },
    ]);
    expect(ninjs.subjects).toContainEqual({
      name: 'Jane Roe',
      rel: 'mentions',
      literal: 'local:person:jane-roe',
      creator: 'test-tagger/0',
      relevance: 20,
      confidence: 70,
    });
  });
});

describe('articleToNinjs with places and topics', () => {
  const located = someTags({
    entities: [
      {
        id: 'wikidata:Q142',
        type: 'place',
        name: 'France',
        mentions: [{ text: 'France', start: 0, end: 6 }],
        salience: 0.7,
        confidence: 0.95,
        place: {
          geonamesId: 'geonames:3017382',
          featureClass: 'country',
          countryCode: 'FR',
          latitude: 46.227638,
          longitude: 2.213749,
          confidence: 0.99,
        },
      },
    ],
    topics: [
      {
        code: 'medtop:04000000',
        name: 'economy, business and finance',
        relevance: 0.8,
        confidence: 0.9,
      },
    ],
  });
  const document = articleToNinjs({
    article: anExtractedArticle(),
    dedup: aDedupVerdict(),
    tags: located,
    versionCreated: '2026-03-02T11:00:00.000Z',
    firstCreated: '2026-03-02T10:00:00.000Z',
  });

  it('gives a located place its GeoNames URI and a GeoJSON point, and stays schema-valid', () => {
    expect(validateNinjs(document)).toEqual({ valid: true });
    expect(document.places).toEqual([
      {
        name: 'France',
        rel: 'about',
        literal: 'wikidata:Q142',
        uri: 'https://sws.geonames.org/3017382/',
        geoJSON: { type: 'Point', coordinates: [2.213749, 46.227638] },
      },
    ]);
  });

  it('lists Media Topics first among subjects, with the IPTC URI, relevance and confidence', () => {
    expect(document.subjects?.[0]).toEqual({
      name: 'economy, business and finance',
      rel: 'about',
      uri: 'http://cv.iptc.org/newscodes/mediatopic/04000000',
      literal: 'medtop:04000000',
      creator: `${located.tagger.name}/${located.tagger.version}`,
      relevance: 80,
      confidence: 90,
    });
    expect(document.subjects?.[1]).not.toHaveProperty('geoJSON');
  });

  it('references the lead image as a feature picture, and stays schema-valid', () => {
    const withImage = articleToNinjs({
      article: anExtractedArticle({ leadImageUrl: 'https://img.example/harbour.jpg' }),
      dedup: aDedupVerdict(),
      tags,
      versionCreated: '2026-03-02T11:00:00.000Z',
      firstCreated: '2026-03-02T10:00:00.000Z',
    });
    expect(withImage.associations).toEqual([
      expect.objectContaining({ name: 'featureimage', uri: 'https://img.example/harbour.jpg' }),
    ]);
    expect(validateNinjs(withImage)).toEqual({ valid: true });
    expect(item().associations).toBeUndefined();
  });

  it('rejects a place geometry outside the globe', () => {
    const broken = {
      ...document,
      places: [{ name: 'X', geoJSON: { type: 'Point', coordinates: [200, 0] } }],
    };
    expect(validateNinjs(broken).valid).toBe(false);
  });
});

describe('validateNinjs', () => {
  it('explains what is wrong with an invalid document', () => {
    const result = validateNinjs({
      uri: 'not a uri',
      type: 'text',
      headlines: [{}],
      colour: 'red',
    });
    expect(result.valid).toBe(false);
    const errors = result.valid ? '' : result.errors.join('\n');
    expect(errors).toMatch(/headlines\/0.*value/);
    expect(errors).toMatch(/uri|format/);
  });
});
