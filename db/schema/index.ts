export * from './office';
export * from './journal';
export * from './people';
export * from './keys';
export * from './outbox';
export * from './stock';
export * from './inbox';
export * from './stockCampaigns';
