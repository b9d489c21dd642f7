// Every contract method mapped to the core: a method without a handler fails the type check.
import type { MethodName } from './api/contract';
import { officeHandlers } from './core/accounts/handlers';
import { auditHandlers } from './core/audit/handlers';
import { customFieldHandlers } from './core/customFields/handlers';
import { donorHandlers } from './core/donors/handlers';
import { inboxHandlers } from './core/exchange/inbox/handlers';
import { keysHandlers } from './core/exchange/keys/handlers';
import { outboxHandlers } from './core/exchange/outbox/handlers';
import type { HandlersFor } from './core/handler';
import { householdHandlers } from './core/households/handlers';
import { duesHandlers } from './core/members/dues/handlers';
import { memberImportHandlers } from './core/members/import/handlers';
import { memberRosterHandlers } from './core/members/roster/handlers';
import { organisationHandlers } from './core/organisation/handlers';
import { pairingHandlers } from './core/pairing/handlers';
import { peopleGroupHandlers } from './core/people/groupHandlers';
import { peopleHandlers } from './core/people/handlers';
import { peopleFileHandlers } from './core/people/import/handlers';
import { preferenceHandlers } from './core/preferences/handlers';
import { printHandlers } from './core/print/handlers';
import { reportHandlers } from './core/report/handlers';
import { rescueHandlers } from './core/rescue/handlers';
import { stockCampaignHandlers } from './core/stock/campaigns/handlers';
import { stockHandlers } from './core/stock/handlers';
import { stockReportHandlers } from './core/stock/reports/handlers';
import { trainingCourseHandlers } from './core/training/courses/handlers';
import { trainingKindHandlers } from './core/training/kinds/handlers';
import { trainingLegacyHandlers } from './core/training/legacy/handlers';
import { trainingPhotoHandlers } from './core/training/photos/handlers';
import { certificateRegisterHandlers } from './core/training/register/handlers';
import { trainingReminderHandlers } from './core/training/reminders/handlers';
import { trainingStatsHandlers } from './core/training/stats/handlers';
import { volunteerImportHandlers } from './core/volunteers/import/handlers';
import { volunteerProofHandlers } from './core/volunteers/proofs/handlers';
import { volunteerRosterHandlers } from './core/volunteers/roster/handlers';
import { volunteerServiceHandlers } from './core/volunteers/service/handlers';

export type Handlers = HandlersFor<MethodName>;

export const handlers: Handlers = {
  ...officeHandlers,
  ...auditHandlers,
  ...peopleHandlers,
  ...peopleFileHandlers,
  ...stockHandlers,
  ...stockReportHandlers,
  ...stockCampaignHandlers,
  ...trainingKindHandlers,
  ...trainingCourseHandlers,
  ...keysHandlers,
  ...outboxHandlers,
  ...inboxHandlers,
  ...printHandlers,
  ...peopleGroupHandlers,
  ...preferenceHandlers,
  ...trainingStatsHandlers,
  ...trainingReminderHandlers,
  ...trainingLegacyHandlers,
  ...certificateRegisterHandlers,
  ...trainingPhotoHandlers,
  ...volunteerRosterHandlers,
  ...volunteerServiceHandlers,
  ...volunteerProofHandlers,
  ...volunteerImportHandlers,
  ...customFieldHandlers,
  ...memberRosterHandlers,
  ...duesHandlers,
  ...memberImportHandlers,
  ...organisationHandlers,
  ...rescueHandlers,
  ...donorHandlers,
  ...householdHandlers,
  ...reportHandlers,
  ...pairingHandlers,
};
