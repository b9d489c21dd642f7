// Beneficiaries -> core.
import type { HandlersFor } from '../../handler';
import { createCategory, listCategories, updateCategory, voidCategory } from './categories';
import { listBeneficiaries } from './list';
import { addBeneficiary, beneficiariesOf, endBeneficiary, voidBeneficiary } from './memberships';
import type { BeneficiaryMethodName } from './methods';

export const beneficiaryHandlers: HandlersFor<BeneficiaryMethodName> = {
  'beneficiaries.categories.list': (ctx, input) => listCategories(ctx, input.officeCode),
  'beneficiaries.categories.create': (ctx, input) => createCategory(ctx, input),
  'beneficiaries.categories.update': (ctx, input) => updateCategory(ctx, input.id, input.rowVersion, input.patch),
  'beneficiaries.categories.void': (ctx, input) => voidCategory(ctx, input.id, input.reason),
  'beneficiaries.list': (ctx, input) => listBeneficiaries(ctx, input),
  'beneficiaries.of': (ctx, input) => beneficiariesOf(ctx, input),
  'beneficiaries.add': (ctx, input) => addBeneficiary(ctx, input),
  'beneficiaries.end': (ctx, input) => endBeneficiary(ctx, input.id, input.rowVersion, input.toDate),
  'beneficiaries.void': (ctx, input) => voidBeneficiary(ctx, input.id, input.reason),
};
