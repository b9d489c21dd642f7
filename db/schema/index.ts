export * from './office';
export * from './journal';
export * from './people';
