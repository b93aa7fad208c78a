export * from './subscription';
export * from './subscription-filter';
