export * from './target-comparison';
export * from './found-levels';
export * from './competency-suggestion';
export * from './candidate-target';
export * from './own-target-jobs';
