export * from './bootstrap-service';
export * from './platform.module';
export * from './parse-request';
