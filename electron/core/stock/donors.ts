// Donors (捐赠方): a person or an organisation; `anonymous` hides the name in the public disclosure.
import { stockDonors } from '@db/schema';
import type { CoreContext } from '../context';
import type { DonorInput, DonorRow } from './contract';
import {
  createReference,
  listReference,
  selectById,
  updateReference,
  voidReference,
  type ListOptions,
  type ReferenceSpec,
} from './reference';

const donors: ReferenceSpec<DonorInput, DonorRow> = {
  table: stockDonors,
  what: 'donor',
  read: (ctx, id) => selectById(ctx, stockDonors, id),
};

export const listDonors = (ctx: CoreContext, options: ListOptions = {}): DonorRow[] =>
  listReference(
    ctx,
    stockDonors,
    options,
    [stockDonors.name, stockDonors.contact, stockDonors.phone],
    [stockDonors.name],
  );
export const createDonor = (ctx: CoreContext, input: DonorInput) => createReference(ctx, donors, input);
export const updateDonor = (ctx: CoreContext, id: string, rowVersion: number, patch: Partial<DonorInput>) =>
  updateReference(ctx, donors, id, rowVersion, patch);
export const voidDonor = (ctx: CoreContext, id: string, reason: string) => voidReference(ctx, donors, id, reason);
