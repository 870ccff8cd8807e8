export * from './test-database';
export * from './graphql-client';
export * from './migrations';
export * from './test-events';
export * from './request-state';
export * from './export-files';
export * from './test-smtp-server';
