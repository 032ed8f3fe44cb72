export * from './note-coach';
export * from './setup-checks';
export * from './level-proposal';
export * from './rating-rules';
export * from './wakker-progress';
export * from './evidence';
export * from './validate-input';
