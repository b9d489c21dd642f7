// The offices whose stock this database holds (in the city: the counties whose packages it received, and its
// own warehouse if it keeps one), for the stock pages' office column and filter. Their stock is read-only here.
import type { CoreContext } from '../context';
import type { PeopleOffice } from '../people/contract';
import { officesHolding } from '../records/offices';

export const stockOffices = (ctx: CoreContext): PeopleOffice[] => officesHolding(ctx, 'stock_items');
