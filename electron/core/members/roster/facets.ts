// Where a collection by class or by unit picks from: the schools of the live youth members with their classes
// and the units (a group member's name, the 工作单位 of individual members), each with how many members it holds.
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { tupleRead } from '../../records/reads';
import { readOfficeOf } from '../../stock/office';
import type { MemberFacets } from './contract';

const CLASSES = tupleRead<[school: string, className: string, members: number], [officeCode: string]>(
  `SELECT school, class_name, count(*) FROM members
   WHERE office_code = ? AND school IS NOT NULL AND class_name IS NOT NULL AND voided = 0 AND kind = 'youth'
     AND status IN ('active', 'lapsed')
   GROUP BY school, class_name ORDER BY school, class_name`,
);
const UNITS = tupleRead<[unit: string, members: number], [officeCode: string, officeCode: string]>(
  `SELECT unit, count(*) FROM (
     SELECT unit_name AS unit FROM members
     WHERE office_code = ? AND kind = 'group' AND voided = 0 AND status IN ('active', 'lapsed')
     UNION ALL
     SELECT p.work_unit FROM members m JOIN people p ON p.id = m.person_id
     WHERE m.office_code = ? AND m.kind = 'individual' AND m.voided = 0 AND m.status IN ('active', 'lapsed')
       AND p.work_unit IS NOT NULL AND p.work_unit <> '')
   GROUP BY unit ORDER BY count(*) DESC, unit LIMIT 2000`,
);

export function memberFacets(ctx: CoreContext, query: { officeCode?: string }): MemberFacets {
  const officeCode = readOfficeOf(ctx, query.officeCode);
  if (officeCode === 'all') fail('FORBIDDEN');
  const schools: MemberFacets['schools'] = [];
  for (const [school, className, members] of CLASSES.on(ctx.store.sqlite).all(officeCode)) {
    const last = schools[schools.length - 1];
    const entry = last?.school === school ? last : { school, classes: [] };
    if (entry !== last) schools.push(entry);
    entry.classes.push({ className, members });
  }
  const units = UNITS.on(ctx.store.sqlite)
    .all(officeCode, officeCode)
    .map(([unit, members]) => ({ unit, members }));
  return { schools, units };
}
