export * from './article.builders';
