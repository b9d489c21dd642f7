// The expiring list -> core.
import type { HandlersFor } from '../../handler';
import { expiringCertificates } from './expiring';
import { exportExpiringList } from './export';
import type { TrainingReminderMethodName } from './methods';

export const trainingReminderHandlers: HandlersFor<TrainingReminderMethodName> = {
  'training.reminders.list': (ctx, input) => expiringCertificates(ctx, input),
  'training.reminders.export': (ctx, input) => exportExpiringList(ctx, input),
};
