export * from './mongo.module';
export * from './store-kind';
export * from './find-by-ids';
export * from './insert-once';
export * from './ensure-indexes';
