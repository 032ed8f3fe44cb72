export * from './table';
export * from './csv';
