export * from './declaration';
export * from './operators';
export * from './filter-schema';
export * from './query-schema';
export * from './describe';
export * from './routes';
