import type {
  ArticleTags,
  DedupVerdict,
  ExtractedArticle,
  TaggedEntity,
  TopicTag,
} from '@newsflow/contracts';
import type { NinjsConcept, NinjsItem, NinjsSubject } from './ninjs.types';

export interface NinjsInput {
  readonly article: ExtractedArticle;
  readonly dedup: DedupVerdict;
  readonly tags: ArticleTags;
  /** When this version was published (ISO-8601). */
  readonly versionCreated: string;
  /** When the first version was published (ISO-8601). */
  readonly firstCreated: string;
}

// An entity at least this salient is what the article is about; below it, merely mentioned.
const ABOUT_SALIENCE = 0.5;

/** The namespace of Newsflow's own item URIs; ids are stable across versions (the version is separate). */
export function ninjsUri(articleId: string): string {
  return `urn:newsflow:article:${articleId}`;
}

/**
 * Maps a tagged article onto ninjs 3.1. Entities appear twice by design: as typed lists (people,
 * organisations, places — the schema gives those no relevance or confidence) and as subjects,
 * which carry creator, relevance and confidence for field-level provenance.
 */
export function articleToNinjs(input: NinjsInput): NinjsItem {
  const { article, dedup, tags } = input;
  const creator = `${tags.tagger.name}/${tags.tagger.version}`;
  const ofType = (type: TaggedEntity['type']) =>
    tags.entities.filter((entity) => entity.type === type).map(toConcept);
  const item: NinjsItem = {
    uri: ninjsUri(article.articleId),
    type: 'text',
    version: String(dedup.version),
    firstCreated: input.firstCreated,
    versionCreated: input.versionCreated,
    bodies: [
      {
        role: 'main',
        contentType: 'text/plain',
        value: article.text,
        charCount: article.text.length,
        wordCount: article.text.split(/\s+/).filter(Boolean).length,
      },
    ],
    people: ofType('person'),
    organisations: ofType('organisation'),
    places: ofType('place'),
    subjects: [
      ...(tags.topics ?? []).map((topic) => toTopicSubject(topic, creator)),
      ...tags.entities.map((entity) => toSubject(entity, creator)),
    ],
    infoSources: [
      {
        name: article.sourceName ?? article.sourceId,
        role: 'publisher',
        literal: article.sourceId,
      },
      ...(article.credit ? [{ name: article.credit.agency, role: 'originating source' }] : []),
    ],
    altIds: [
      { role: 'newsflow-article-id', value: article.articleId },
      ...(article.canonicalUrl ? [{ role: 'canonical-url', value: article.canonicalUrl }] : []),
    ],
  };
  if (article.publishedAt) item.contentCreated = article.publishedAt;
  const language = tags.language ?? article.language;
  if (language) item.language = language;
  if (article.title)
    item.headlines = [{ role: 'main', value: article.title, contentType: 'text/plain' }];
  if (article.byline) item.by = article.byline;
  // The page's lead image, by reference: newsroom tools fetch (and license) it themselves.
  if (article.leadImageUrl) {
    item.associations = [
      {
        name: 'featureimage',
        rel: 'featureimage',
        uri: article.leadImageUrl,
        type: 'picture',
        renditions: [{ name: 'original', href: article.leadImageUrl }],
      },
    ];
  }
  return item;
}

function entityUri(id: string): string | undefined {
  if (id.startsWith('wikidata:'))
    return `http://www.wikidata.org/entity/${id.slice('wikidata:'.length)}`;
  if (id.startsWith('geonames:'))
    return `https://sws.geonames.org/${id.slice('geonames:'.length)}/`;
  return undefined;
}

function relOf(entity: TaggedEntity): string {
  return entity.salience >= ABOUT_SALIENCE ? 'about' : 'mentions';
}

function toConcept(entity: TaggedEntity): NinjsConcept {
  // A located place is identified by its GeoNames URI, whatever id the vocabulary gave it.
  const uri = entityUri(entity.place?.geonamesId ?? entity.id);
  const concept: NinjsConcept = {
    name: entity.name,
    rel: relOf(entity),
    literal: entity.id,
    ...(uri && { uri }),
  };
  if (entity.place) {
    concept.geoJSON = {
      type: 'Point',
      coordinates: [entity.place.longitude, entity.place.latitude],
    };
  }
  return concept;
}

/** An IPTC Media Topic as a ninjs subject with its concept URI. */
function toTopicSubject(topic: TopicTag, creator: string): NinjsSubject {
  return {
    name: topic.name,
    rel: 'about',
    uri: `http://cv.iptc.org/newscodes/mediatopic/${topic.code.slice('medtop:'.length)}`,
    literal: topic.code,
    creator,
    relevance: Math.round(topic.relevance * 100),
    confidence: Math.round(topic.confidence * 100),
  };
}

function toSubject(entity: TaggedEntity, creator: string): NinjsSubject {
  // ninjs subjects carry no geometry; the place itself is in `places`.
  const concept = toConcept(entity);
  delete concept.geoJSON;
  return {
    ...concept,
    creator,
    relevance: Math.round(entity.salience * 100),
    confidence: Math.round(entity.confidence * 100),
  };
}
