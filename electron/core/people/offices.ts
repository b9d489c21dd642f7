// The offices whose people this database holds, for the people grid's office column and filter.
import type { CoreContext } from '../context';
import { officesHolding } from '../records/offices';
import type { PeopleOffice } from './contract';

export const peopleOffices = (ctx: CoreContext): PeopleOffice[] => officesHolding(ctx, 'people');
