// Every contract method mapped to the core: a method without a handler fails the type check.
import type { MethodName } from '../api/contract';
import { auditHandlers } from './audit';
import { officeHandlers } from './office';
import { peopleHandlers } from './people';
import { peopleFileHandlers } from './peopleFiles';
import { stockHandlers } from './stock';
import { stockReportHandlers } from './stockReports';
import { stockCampaignHandlers } from './stockCampaigns';
import { keysHandlers } from './keys';
import { outboxHandlers } from './outbox';
import { inboxHandlers } from './inbox';
import { printHandlers } from './print';
import { peopleGroupHandlers } from './peopleGroups';
import { preferenceHandlers } from './preferences';
import type { HandlersFor } from './types';

export type Handlers = HandlersFor<MethodName>;

export const handlers: Handlers = { ...officeHandlers, ...auditHandlers, ...peopleHandlers, ...peopleFileHandlers, ...stockHandlers, ...stockReportHandlers, ...stockCampaignHandlers, ...keysHandlers, ...outboxHandlers, ...inboxHandlers, ...printHandlers,
  ...peopleGroupHandlers, ...preferenceHandlers };
