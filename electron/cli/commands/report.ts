// `report annual --year YYYY [--office CODE]`: the annual report's indicators through the router as the signed-in
// user - a county's own; at the city one county (--office) or, without it, the city's total of its counties.
import { flag, yearFlag, type Args } from '../args';
import { withSession } from '../session';

export function reportAnnual(args: Args) {
  const year = yearFlag(args, 'Usage: report annual --year YYYY [--office CODE]');
  return withSession(args, async (session) => {
    const report = await session.call('report.annual', { year, officeCode: flag(args, 'office') });
    return { year: report.year, office: report.office, indicators: report.indicators };
  });
}
