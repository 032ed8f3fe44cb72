export * from './couch-client';
export * from './errors';
export * from './replicator';
export * from './synced-tables';
export { onOutboxChange } from './outbox-middleware';
export { forgetSeed } from './seed';
export { forgetCheckpoint } from './checkpoint';
export * from './connection';
