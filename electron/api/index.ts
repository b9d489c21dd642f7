export * from './contract';
export * from './roles';
export * from './types';
export * from '../core/people/contract';
export * from '../core/exchange/outbox/contract';
