export * from './article-id';
export * from './canonical-url';
export * from './search-terms';
export * from './entity-keys';
