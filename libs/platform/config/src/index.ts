export * from './load-config';
export * from './platform-env.schema';

/** Injection token for a service's whole typed config. */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
/** Injection token for the platform part of it. */
export const PLATFORM_CONFIG = Symbol('PLATFORM_CONFIG');
