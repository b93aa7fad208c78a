import { PlaceGazetteer, resolvePlaces, type PlaceMentionInput } from '@newsflow/geo';
import type { LabelledSpan } from '@newsflow/ner';
import type { TopicClassifier } from '@newsflow/topics';
import {
  mediaTopicsOf,
  reutersOrg,
  reutersPerson,
  reutersPlace,
  reutersSlug,
} from './reuters-mapping';

/** One line of the Reuters-21578 JSONL layout. */
export interface ReutersDocument {
  readonly id: number;
  readonly topicsAssigned: string;
  readonly title: string | null;
  readonly dateline: string | null;
  readonly body: string | null;
  readonly topics: readonly string[];
  readonly places: readonly string[];
  readonly people: readonly string[];
  readonly orgs: readonly string[];
}

/** The label sets of the index (`all-places-strings.lc.txt`, …). */
export interface ReutersLabelSets {
  readonly places: ReadonlySet<string>;
  readonly people: ReadonlySet<string>;
  readonly orgs: ReadonlySet<string>;
}

export interface FieldCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface ReutersPrediction {
  readonly places: Set<string>;
  readonly people: Set<string>;
  readonly orgs: Set<string>;
  /** Media Topic codes, strongest first. */
  readonly topics: readonly string[];
}

/** Wire copy starts with its dateline; Reuters indents paragraphs by four spaces. */
export function reutersText(document: ReutersDocument): string {
  const body = (document.body ?? '').replace(/\n {3,}/g, '\n\n').replace(/(?<!\n)\n(?!\n)/g, ' ');
  return `${document.dateline ?? ''} ${body}`.trim();
}

/**
 * Turns tagger spans into index terms: people and organisations through the name mapping,
 * places through GeoNames resolution to their country. Predictions outside the index's label
 * set are dropped: the index can only ever name its own terms.
 */
export function predictIndexTerms(
  document: ReutersDocument,
  text: string,
  spans: readonly LabelledSpan[],
  labels: ReutersLabelSets,
  gazetteer: PlaceGazetteer,
  classifier: TopicClassifier,
): ReutersPrediction {
  const byLabel = (label: string): Map<string, LabelledSpan[]> => {
    const groups = new Map<string, LabelledSpan[]>();
    for (const span of spans.filter((candidate) => candidate.label === label)) {
      const name = text.slice(span.start, span.end);
      groups.set(name, [...(groups.get(name) ?? []), span]);
    }
    return groups;
  };
  const people = new Set<string>();
  for (const name of byLabel('PER').keys()) {
    const term = reutersPerson([name], labels.people);
    if (term !== undefined) people.add(term);
  }
  const orgs = new Set<string>();
  for (const name of byLabel('ORG').keys()) {
    const term = reutersOrg([name], labels.orgs);
    if (term !== undefined) orgs.add(term);
  }
  const mentions: PlaceMentionInput[] = [...byLabel('LOC')].map(([name, found]) => ({
    key: name,
    names: [name],
    spans: found,
  }));
  const places = new Set<string>();
  const resolved = new Set<string>();
  for (const pick of resolvePlaces(mentions, text, gazetteer)) {
    const country = gazetteer.country(pick.place.countryCode);
    resolved.add(pick.key);
    if (country === undefined) continue;
    const term = reutersPlace(country.countryCode, country.name);
    if (labels.places.has(term)) places.add(term);
  }
  for (const mention of mentions) {
    const slug = reutersSlug(mention.key);
    if (!resolved.has(mention.key) && labels.places.has(slug)) places.add(slug);
  }
  const entities = [...byLabel('ORG').keys()].map((name) => ({ type: 'organisation', name }));
  const topics = classifier
    .classify({ title: titleCase(document.title), text, entities })
    .map((topic) => topic.code);
  return { places, people, orgs, topics };
}

/** Adds one document's set comparison to running counts. */
export function countSet(
  counts: FieldCounts,
  predicted: ReadonlySet<string>,
  gold: readonly string[],
): void {
  const truth = new Set(gold);
  for (const term of predicted) {
    if (truth.has(term)) counts.truePositives += 1;
    else counts.falsePositives += 1;
  }
  for (const term of truth) if (!predicted.has(term)) counts.falseNegatives += 1;
}

/** Whether the strongest predicted topic is one the Reuters topics map to. */
export function topicHit(
  prediction: ReutersPrediction,
  document: ReutersDocument,
): boolean | undefined {
  const gold = mediaTopicsOf(document.topics);
  if (gold.size === 0) return undefined;
  const top = prediction.topics[0];
  return top !== undefined && gold.has(top);
}

/** Reuters headlines are upper case; the classifier stems lower case anyway, keep words apart. */
function titleCase(title: string | null): string {
  return (title ?? '').toLowerCase();
}
