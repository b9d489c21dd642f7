// The one API contract: method name -> zod input schema, who may call it, and the result type.
// The router validates every call against it; the renderer takes its types from it.
// Each domain declares its methods in electron/core/<domain>/methods.ts and adds one line here.
import type { z } from 'zod';
import { officeMethods } from '../core/accounts/methods';
import { auditMethods } from '../core/audit/methods';
import { customFieldMethods } from '../core/customFields/methods';
import { donorMethods } from '../core/donors/methods';
import { inboxMethods } from '../core/exchange/inbox/methods';
import { keysMethods } from '../core/exchange/keys/methods';
import { outboxMethods } from '../core/exchange/outbox/methods';
import { householdMethods } from '../core/households/methods';
import { duesMethods } from '../core/members/dues/methods';
import { memberImportMethods } from '../core/members/import/methods';
import { memberRosterMethods } from '../core/members/roster/methods';
import { organisationMethods } from '../core/organisation/methods';
import { pairingMethods } from '../core/pairing/methods';
import { peopleMethods } from '../core/people/methods';
import { preferenceMethods } from '../core/preferences/methods';
import { printMethods } from '../core/print/methods';
import { reportMethods } from '../core/report/methods';
import { rescueMethods } from '../core/rescue/methods';
import { stockCampaignMethods } from '../core/stock/campaigns/methods';
import { stockMethods } from '../core/stock/methods';
import { stockReportMethods } from '../core/stock/reports/methods';
import { trainingCourseMethods } from '../core/training/courses/methods';
import { trainingKindMethods } from '../core/training/kinds/methods';
import { trainingLegacyMethods } from '../core/training/legacy/methods';
import { trainingPhotoMethods } from '../core/training/photos/methods';
import { certificateRegisterMethods } from '../core/training/register/methods';
import { trainingReminderMethods } from '../core/training/reminders/methods';
import { trainingStatsMethods } from '../core/training/stats/methods';
import { volunteerImportMethods } from '../core/volunteers/import/methods';
import { volunteerProofMethods } from '../core/volunteers/proofs/methods';
import { volunteerRosterMethods } from '../core/volunteers/roster/methods';
import { volunteerServiceMethods } from '../core/volunteers/service/methods';
import type { MethodSpec } from './method';

export type { Access, MethodSpec } from './method';

export const contract = {
  ...officeMethods,
  ...auditMethods,
  ...peopleMethods,
  ...stockMethods,
  ...stockReportMethods,
  ...stockCampaignMethods,
  ...trainingKindMethods,
  ...trainingCourseMethods,
  ...keysMethods,
  ...outboxMethods,
  ...inboxMethods,
  ...printMethods,
  ...preferenceMethods,
  ...trainingStatsMethods,
  ...trainingReminderMethods,
  ...trainingLegacyMethods,
  ...certificateRegisterMethods,
  ...trainingPhotoMethods,
  ...volunteerRosterMethods,
  ...volunteerServiceMethods,
  ...volunteerProofMethods,
  ...volunteerImportMethods,
  ...customFieldMethods,
  ...memberRosterMethods,
  ...duesMethods,
  ...memberImportMethods,
  ...organisationMethods,
  ...rescueMethods,
  ...donorMethods,
  ...householdMethods,
  ...reportMethods,
  ...pairingMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = Contract[M] extends MethodSpec<z.ZodType, infer R> ? R : never;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
