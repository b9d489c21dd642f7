// The service-record proof register -> core.
import { fail } from '../../errors';
import type { HandlersFor } from '../../handler';
import { readOfficeOf } from '../../stock/office';
import type { VolunteerProofMethodName } from './methods';
import { getProof, issueProof, listProofs, voidProof } from './proofs';

export const volunteerProofHandlers: HandlersFor<VolunteerProofMethodName> = {
  'volunteers.proofs.issue': (ctx, input) => issueProof(ctx, input),
  'volunteers.proofs.get': (ctx, input) => getProof(ctx, input.id),
  'volunteers.proofs.list': (ctx, input) => {
    const office = readOfficeOf(ctx, input.officeCode);
    return listProofs(ctx, office === 'all' ? fail('FORBIDDEN') : office, input);
  },
  'volunteers.proofs.void': (ctx, input) => voidProof(ctx, input.id, input.reason),
};
