export * from './stack';
export * from './demo-data';
export * from './demo-needs';
export * from './demo-analytics';
export * from './demo-feedback';
export * from './demo-accounts';
export * from './demo-partner-key';
export * from './gateway-client';
