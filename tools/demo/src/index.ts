export * from './demo-expectations.schema';
export * from './demo-source.server';
