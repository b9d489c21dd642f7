// Training statistics -> core.
import type { HandlersFor } from '../../handler';
import { exportTrainingStats } from './export';
import type { TrainingStatsMethodName } from './methods';
import { trainingStats } from './stats';

export const trainingStatsHandlers: HandlersFor<TrainingStatsMethodName> = {
  'training.stats.get': (ctx, input) => trainingStats(ctx, input),
  'training.stats.export': (ctx, input) => exportTrainingStats(ctx, input),
};
