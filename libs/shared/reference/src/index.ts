export * from './locale';
export * from './regions';
export * from './directions';
export * from './organization-kind';
export * from './assistance-catalog';
export * from './assistance-status';
export * from './roles';
export * from './events';
