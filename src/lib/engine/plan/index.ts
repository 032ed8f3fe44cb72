export * from './draft-pdp';
export * from './check-smart';
export * from './action-history';
export * from './level-changes';
