import type { EntityType } from '@newsflow/contracts';
import type { CandidateSpan } from './candidate-span.types';
import { matchesAcronym } from './match-acronym.util';
import { isAcronym, nameTokens, normaliseName } from './name-text.util';
import type { VocabularyEntry } from './vocabulary.interface';

/** One real-world entity of the article, with every span that names it. */
export interface EntityCluster {
  type: EntityType;
  /** Canonical name: the vocabulary's, else the longest full form seen in the text. */
  name: string;
  entry: VocabularyEntry | undefined;
  spans: CandidateSpan[];
}

/**
 * Groups spans into entities. Same vocabulary entry or same name → same entity; then each
 * shorter name joins the single longer name it abbreviates: a surname or surname-with-particle
 * of a person ("Shoigu", "de Mistura", "Assad" ← "Bashar al-Assad"), or an acronym of an
 * organisation or place ("UN" ← "United Nations"). A short name that fits two longer ones
 * ("Smith" with two Smiths) is left on its own rather than guessed.
 */
export function resolveAliases(spans: readonly CandidateSpan[]): EntityCluster[] {
  const groups = new Map<string, EntityCluster>();
  for (const span of spans) {
    const key = span.entry === undefined ? `name:${nameKey(span.text)}` : `id:${span.entry.id}`;
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, { type: span.type, name: span.text, entry: span.entry, spans: [span] });
    } else {
      group.spans.push(span);
    }
  }
  const clusters = [...groups.values()].map(settle).sort((a, b) => size(a) - size(b));
  const absorbed = new Set<EntityCluster>();
  for (const alias of clusters) {
    const targets = clusters.filter(
      (target) => target !== alias && !absorbed.has(target) && size(target) > size(alias),
    );
    const fits = targets.filter((target) => isAliasOf(alias, target));
    // Several fits may be one entity seen at several lengths; keep only the longest of them.
    const roots = fits.filter(
      (fit) => !fits.some((other) => other !== fit && isAliasOf(fit, other)),
    );
    const root = roots.length === 1 ? roots[0] : undefined;
    if (root === undefined) continue;
    root.spans.push(...alias.spans);
    root.entry ??= alias.entry;
    settle(root);
    absorbed.add(alias);
  }
  return clusters.filter((cluster) => !absorbed.has(cluster));
}

/** True when `alias` is a shorter way of naming `target` within one article. */
export function isAliasOf(alias: EntityCluster, target: EntityCluster): boolean {
  if (alias.entry !== undefined && target.entry !== undefined) return false;
  const forms = alias.spans.map((span) => span.text);
  if (target.type === 'person') {
    // The person's surname decides over the recogniser's type for it ("Masri's group" is not
    // an organisation called Masri), but never over a curated entry ("Jordan" the country).
    return alias.entry === undefined && forms.some((form) => isNameSuffix(form, target.name));
  }
  return forms.some((form) => matchesAcronym(form, target.name));
}

/** "Shoigu" / "de Mistura" / "Assad" end "Sergei Shoigu" / "Staffan de Mistura" / "Bashar al-Assad". */
export function isNameSuffix(short: string, full: string): boolean {
  const shortWords = words(short);
  const fullWords = words(full);
  if (shortWords.length === 0 || shortWords.length >= fullWords.length) return false;
  const tail = fullWords.slice(fullWords.length - shortWords.length);
  if (tail.every((word, index) => word === shortWords[index])) return true;
  const lastWord = fullWords[fullWords.length - 1] ?? '';
  return shortWords.length === 1 && lastWord.replace(/^\p{Ll}{1,3}-/u, '') === shortWords[0];
}

function words(name: string): string[] {
  return nameTokens(normaliseName(name)).map((token) => token.text.toLowerCase());
}

function nameKey(name: string): string {
  const normalised = normaliseName(name);
  return isAcronym(normalised) ? normalised.replace(/\./g, '') : normalised.toLowerCase();
}

function size(cluster: EntityCluster): number {
  return nameTokens(cluster.name).length * 1000 + cluster.name.length;
}

/** Recomputes type and canonical name after spans were added. */
function settle(cluster: EntityCluster): EntityCluster {
  if (cluster.entry !== undefined) {
    cluster.type = cluster.entry.type;
    cluster.name = cluster.entry.name;
    return cluster;
  }
  const full = cluster.spans.map((span) => span.text).filter((text) => !isAcronym(text));
  const candidates = full.length > 0 ? full : cluster.spans.map((span) => span.text);
  const longest = candidates.reduce((best, text) =>
    nameTokens(text).length > nameTokens(best).length ||
    (nameTokens(text).length === nameTokens(best).length && text.length > best.length)
      ? text
      : best,
  );
  cluster.name = longest;
  cluster.type = votedType(cluster.spans.filter((span) => span.text === longest));
  return cluster;
}

function votedType(spans: readonly CandidateSpan[]): EntityType {
  const weight = new Map<EntityType, number>();
  for (const span of spans) weight.set(span.type, (weight.get(span.type) ?? 0) + span.confidence);
  let best: EntityType = spans[0]?.type ?? 'organisation';
  for (const [type, total] of weight) if (total > (weight.get(best) ?? 0)) best = type;
  return best;
}
