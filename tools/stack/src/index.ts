export * from './stack';
export * from './demo-data';
export * from './demo-accounts';
