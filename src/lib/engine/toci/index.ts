export * from './compare';
export * from './progress';
export * from './decision';
export * from './smart-actions';
export * from './dates';
export * from './previous';
