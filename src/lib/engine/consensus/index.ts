export * from './assessor-level';
export * from './mechanical-aggregate';
export * from './matrix';
export * from './open-items';
export * from './evidence';
export * from './audit';
export * from './session-ratings';
export * from './ratings-export';
