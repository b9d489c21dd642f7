// The audit viewer: contract methods to the core's audit query and export.
import type { MethodName } from '../../api/contract';
import type { HandlersFor } from '../handler';
import { exportAudit } from './export';
import { listAudit } from './viewer';

export const auditHandlers: HandlersFor<Extract<MethodName, `audit.${string}`>> = {
  'audit.list': (ctx, input) => listAudit(ctx, input),
  'audit.export': (ctx, input) => exportAudit(ctx, input),
};
