// 分组计数 of the people registry: counts per value of a choice column, and the table as .xlsx.
import type { HandlersFor } from '../handler';
import { countPeopleBy, exportGroupCounts } from './groupCounts';

export const peopleGroupHandlers: HandlersFor<'people.groupCounts' | 'people.groupCountsExport'> = {
  'people.groupCounts': (ctx, { groupBy, ...query }) => countPeopleBy(ctx, query, groupBy),
  'people.groupCountsExport': (ctx, { groupBy, headings, ...query }) =>
    exportGroupCounts(ctx, query, groupBy, headings),
};
