export {
  EXTRACTOR_NAME,
  EXTRACTOR_VERSION,
  provenanceOf,
  type ExtractionMethod,
  type ExtractionProvenance,
} from './extraction-provenance';
export {
  extractFromPlainText,
  type PlainTextExtraction,
  type PlainTextInput,
  type PlainTextMethods,
} from './plain-text-extraction';
export { extractFromHtml, type HtmlExtraction, type HtmlMethods } from './html-extraction';
export {
  classifyLines,
  type ClassifiedLine,
  type ClassifyOptions,
  type LineClassification,
  type LineInput,
} from './boilerplate-lines';
export {
  detectCredit,
  matchCreditLine,
  matchDatelineCredit,
  matchSignoffCredit,
  type CreditMatch,
  type CreditMethod,
  type DetectedCredit,
} from './credit-line';
export { matchAgencyName, type AgencyCode } from './agency-catalog';
export { computeContentHash, normaliseForHash } from './content-hash';
export { cleanLine, joinParagraphs, splitParagraphs } from './paragraph-split';
export { detectLanguage, normaliseLanguageTag } from './language-detection';
export { normaliseDate } from './published-date';
export type { LineKind } from './line-rules';
export type { RemovalReason, RemovedLine } from './removal-reason';
export {
  DEFAULT_TEMPLATE_LIMITS,
  DEFAULT_TEMPLATE_RULE,
  EMPTY_SITE_TEMPLATE,
  mergeSiteTemplates,
  observePage,
  siteLineKey,
  templateLineKeys,
  type SiteTemplate,
  type SiteTemplateLimits,
  type SiteTemplateRule,
} from './site-template';
