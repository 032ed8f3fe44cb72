export * from './base';
export * from './session';
export * from './observation';
export * from './plan';
export * from './toci-evaluation';
export * from './organisation-data';
export * from './calibration-attempt';
export * from './final-assessment';
