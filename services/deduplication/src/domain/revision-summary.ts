import type { RevisionChanges } from '@newsflow/contracts';
import { summariseChanges } from '@newsflow/similarity';

/** A version's headline and body, as kept to compare the next revision with. */
export interface VersionText {
  readonly title: string | null;
  readonly paragraphs: readonly string[];
}

/** Changed paragraphs quoted in a summary; the counts cover the rest. */
export const MAX_QUOTED_PARAGRAPHS = 3;
/** Characters kept of a quoted paragraph. */
export const MAX_QUOTED_CHARACTERS = 300;

/** Cuts at a word boundary when one is near, and says so with an ellipsis. */
export function quoteParagraph(text: string, limit = MAX_QUOTED_CHARACTERS): string {
  const trimmed = text.trim();
  if (trimmed.length <= limit) return trimmed;
  const cut = trimmed.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * What a revision changed relative to the version before it: headline (with the old one),
 * paragraph counts, and the first few added and removed paragraphs, quoted briefly so the event
 * stays small however much a live story grows.
 */
export function summariseRevision(
  previousVersion: number,
  previous: VersionText,
  current: VersionText,
): RevisionChanges {
  const changes = summariseChanges(previous, current);
  const quote = (paragraphs: readonly string[], indexes: readonly number[]) =>
    indexes.slice(0, MAX_QUOTED_PARAGRAPHS).map((index) => quoteParagraph(paragraphs[index] ?? ''));
  return {
    previousVersion,
    headlineChanged: changes.headlineChanged,
    previousHeadline: changes.headlineChanged ? previous.title : null,
    paragraphsAdded: changes.paragraphsAdded,
    paragraphsRemoved: changes.paragraphsRemoved,
    paragraphsEdited: changes.paragraphsEdited,
    added: quote(current.paragraphs, changes.addedIndexes),
    removed: quote(previous.paragraphs, changes.removedIndexes),
  };
}
