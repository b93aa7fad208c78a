export * from './article-to-ninjs';
export * from './ninjs-validator';
export type * from './ninjs.types';
