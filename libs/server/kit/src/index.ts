import 'reflect-metadata';

export * from './config/load-config';
export * from './context/request-context';
export * from './database/data-source';
export * from './errors/domain-errors';
export * from './errors/format-error';
export * from './events/event-bus';
export * from './events/processed-events';
export * from './http/graphql-http-server';
export * from './identity/identity';
export * from './loaders/loader-registry';
export * from './logging/logger';
export * from './pagination/connection.type';
export * from './pagination/keyset';
export * from './schema/build-federated-schema';
export * from './subgraph/start-subgraph';
export * from './schema/write-subgraph-schema';
export * from './database/migration-command';
