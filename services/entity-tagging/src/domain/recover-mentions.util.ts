import type { Mention } from '@newsflow/contracts';
import { isJunk } from './clean-span.util';
import { NAME_PARTICLES } from './name-lexicon.constants';
import { findWordOccurrences, nameTokens } from './name-text.util';
import type { EntityCluster } from './resolve-aliases.util';
import type { Vocabulary } from './vocabulary.interface';

/**
 * Every mention of every entity: the spans already found plus each other word-bounded
 * occurrence of a name the entity goes by in this article (a recogniser misses repeats such as
 * "… of Assad"). Longer names claim text first and a stretch of text belongs to one entity only.
 */
export function collectMentions(
  text: string,
  clusters: readonly EntityCluster[],
  vocabulary: Vocabulary,
): Map<EntityCluster, Mention[]> {
  const mentions = new Map<EntityCluster, Mention[]>(clusters.map((cluster) => [cluster, []]));
  const claimed: Mention[] = [];
  const claim = (cluster: EntityCluster, mention: Mention): void => {
    if (claimed.some((other) => other.start < mention.end && mention.start < other.end)) return;
    claimed.push(mention);
    mentions.get(cluster)?.push(mention);
  };
  for (const cluster of clusters) {
    for (const span of cluster.spans)
      claim(cluster, { text: span.text, start: span.start, end: span.end });
  }
  for (const { form, cluster } of unambiguousForms(clusters, vocabulary)) {
    for (const start of findWordOccurrences(text, form)) {
      claim(cluster, { text: form, start, end: start + form.length });
    }
  }
  for (const list of mentions.values()) list.sort((a, b) => a.start - b.start);
  return mentions;
}

/** The names an entity may be called by in this article, as they would be written. */
export function namesFor(cluster: EntityCluster, vocabulary: Vocabulary): Set<string> {
  const names = new Set(cluster.spans.map((span) => span.text));
  if (cluster.entry !== undefined) {
    names.add(cluster.entry.name);
    for (const alias of cluster.entry.aliases) names.add(alias);
  }
  if (cluster.type === 'person') {
    for (const surname of surnameForms(cluster.name)) {
      // A surname that is also a known place or body ("Jordan", "Chad") is not taken as the person.
      const known = vocabulary.lookup(surname);
      if (!isJunk(surname) && (known === undefined || known === cluster.entry)) names.add(surname);
    }
  }
  return names;
}

/** "Pieter van der Berg" → "van der Berg", "Berg"; "Bashar al-Assad" → "al-Assad", "Assad". */
function surnameForms(fullName: string): string[] {
  const words = nameTokens(fullName).map((token) => token.text);
  const last = words[words.length - 1];
  if (last === undefined || words.length < 2) return [];
  const forms = [last];
  let from = words.length - 1;
  while (from > 1 && NAME_PARTICLES.has(words[from - 1] ?? '')) from -= 1;
  if (from < words.length - 1) forms.push(words.slice(from).join(' '));
  const bare = last.replace(/^\p{Ll}{1,3}-/u, '');
  if (bare !== last) forms.push(bare);
  return forms;
}

/** Names claimed by exactly one entity, longest first. */
function unambiguousForms(
  clusters: readonly EntityCluster[],
  vocabulary: Vocabulary,
): { form: string; cluster: EntityCluster }[] {
  const owners = new Map<string, EntityCluster[]>();
  for (const cluster of clusters) {
    for (const form of namesFor(cluster, vocabulary)) {
      owners.set(form, [...(owners.get(form) ?? []), cluster]);
    }
  }
  const forms: { form: string; cluster: EntityCluster }[] = [];
  for (const [form, list] of owners) {
    const only = list[0];
    if (list.length === 1 && only !== undefined) forms.push({ form, cluster: only });
  }
  return forms.sort((a, b) => b.form.length - a.form.length);
}
