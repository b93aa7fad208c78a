export * from './subscription';
export * from './subscription-filter';
export * from './webhook-signature';
