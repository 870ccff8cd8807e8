export * from './stack';
export * from './demo-data';
