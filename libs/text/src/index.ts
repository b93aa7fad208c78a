export * from './article-id';
export * from './canonical-url';
