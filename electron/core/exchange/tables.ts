// The one list of domains whose records travel in packages: importing this module registers them.
// A new domain adds one import line here and nothing in the package code.
import '../people/exchange';
import '../customFields/exchange';
import '../stock/exchange';
import '../stock/campaigns/exchange';
import '../training/exchange';
import '../volunteers/exchange';
import '../members/exchange';
import '../rescue/exchange';
import '../donors/exchange';
import '../households/exchange';
export { exchangeTables, exchangeTable } from './registry';
