export * from './practice-work';
export * from './level-difference';
export * from './case-feedback';
export * from './calibration-profile';
export * from './interpreting-notes';
export * from './thresholds';
