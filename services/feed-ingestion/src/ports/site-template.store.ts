import type { SiteTemplate } from '@newsflow/extraction';

/** Each source's learned page template (`site_templates`), keyed by source id. */
export interface SiteTemplateStore {
  load(sourceId: string): Promise<SiteTemplate | null>;
  /** Replaces the stored template of `sourceId` with `template`. */
  save(sourceId: string, template: SiteTemplate, now: Date): Promise<void>;
}

export const SITE_TEMPLATE_STORE = Symbol('SiteTemplateStore');
