export * from './service-process';
export * from './demo-api-key';
