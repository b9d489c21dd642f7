// Distribution campaigns travel in packages after the warehouse tables they point at (warehouse, event,
// items, the issue document that served each household).
import { registerExchangeTable } from '../../exchange/registry';

for (const name of ['stock_campaigns', 'stock_campaign_items', 'stock_campaign_households']) registerExchangeTable({ name });
