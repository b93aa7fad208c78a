export * from './article.builders';
export * from './service-process';
