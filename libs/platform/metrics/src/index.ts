export * from './metrics.module';
export * from './pipeline-metrics';
