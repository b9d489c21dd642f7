// Every contract method mapped to the core: a method without a handler fails the type check.
import type { MethodName } from '../api/contract';
import { auditHandlers } from './audit';
import { inboxHandlers } from './inbox';
import { keysHandlers } from './keys';
import { officeHandlers } from './office';
import { outboxHandlers } from './outbox';
import { peopleHandlers } from './people';
import { peopleFileHandlers } from './peopleFiles';
import { peopleGroupHandlers } from './peopleGroups';
import { preferenceHandlers } from './preferences';
import { printHandlers } from './print';
import { stockHandlers } from './stock';
import { stockCampaignHandlers } from './stockCampaigns';
import { stockReportHandlers } from './stockReports';
import type { HandlersFor } from './types';

export type Handlers = HandlersFor<MethodName>;

export const handlers: Handlers = {
  ...officeHandlers,
  ...auditHandlers,
  ...peopleHandlers,
  ...peopleFileHandlers,
  ...stockHandlers,
  ...stockReportHandlers,
  ...stockCampaignHandlers,
  ...keysHandlers,
  ...outboxHandlers,
  ...inboxHandlers,
  ...printHandlers,
  ...peopleGroupHandlers,
  ...preferenceHandlers,
};
