export * from './contract';
export * from './roles';
export * from './types';
export * from './people';
export * from './outbox';
