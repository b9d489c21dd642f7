// Distribution campaigns travel in packages after the warehouse tables they point at (warehouse, event,
// items, the issue document that served each household); a household's person must be the office's own.
import { stockCampaignHouseholds, stockCampaignItems, stockCampaigns } from '@db/schema';
import { registerTravelling } from '../exchange';

registerTravelling([
  { table: stockCampaigns },
  { table: stockCampaignItems, min: { quantity_per_household: 1 } },
  { table: stockCampaignHouseholds, references: { person_id: 'people' } },
]);
