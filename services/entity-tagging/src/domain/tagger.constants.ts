/** Recorded on every `ArticleTags` so a tagging can be traced and re-run. */
export const TAGGER_NAME = 'newsflow-entity-tagger';

/** Bump on any change that can alter the entities produced for the same text. */
export const TAGGER_VERSION = '2.0.0';
