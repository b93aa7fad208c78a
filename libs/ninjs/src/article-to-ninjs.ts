import type {
  ArticleTags,
  DedupVerdict,
  ExtractedArticle,
  TaggedEntity,
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
    subjects: tags.entities.map((entity) => toSubject(entity, creator)),
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
  const uri = entityUri(entity.id);
  return { name: entity.name, rel: relOf(entity), literal: entity.id, ...(uri && { uri }) };
}

function toSubject(entity: TaggedEntity, creator: string): NinjsSubject {
  return {
    ...toConcept(entity),
    creator,
    relevance: Math.round(entity.salience * 100),
    confidence: Math.round(entity.confidence * 100),
  };
}
