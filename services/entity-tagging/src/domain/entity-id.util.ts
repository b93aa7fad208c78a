import type { EntityType } from '@newsflow/contracts';
import { localEntityId as localId } from '@newsflow/text';

export { slugify } from '@newsflow/text';

/**
 * Stable id for an entity the vocabulary does not know (libs/text `localEntityId`, shared with
 * read-api so operator entries get the same ids).
 */
export function localEntityId(type: EntityType, canonicalName: string): string {
  return localId(type, canonicalName);
}
