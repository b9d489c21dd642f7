// The audit viewer: contract methods to the core's audit query and export.
import type { MethodName } from '../api/contract';
import { exportAudit } from '../core/audit/export';
import { listAudit } from '../core/audit/viewer';
import type { HandlersFor } from './types';

export const auditHandlers: HandlersFor<Extract<MethodName, `audit.${string}`>> = {
  'audit.list': (ctx, input) => listAudit(ctx, input),
  'audit.export': (ctx, input) => exportAudit(ctx, input),
};
