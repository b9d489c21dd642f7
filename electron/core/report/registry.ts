// The indicator registry: each indicator of issue #16 by name, with its definition (indicators/contract.ts: label,
// how it is counted, unit, drill-down) and how it is computed in SQL over one office and period (compute/).
import { donorRegistrations } from './compute/donors';
import { assistanceFen, householdsExited, pairedCadres, pairedHouseholds, visitCount } from './compute/households';
import { memberFigures } from './compute/members';
import { peopleRegistered } from './compute/people';
import { householdsServed, stockIssuedValueFen, stockReceivedValueFen, stockValueAtEnd } from './compute/stock';
import {
  certificatesIssued,
  certifiedShare,
  coursesBySector,
  personsWithValidCertificate,
  popularAttendances,
} from './compute/training';
import { activeVolunteers, volunteerHours } from './compute/volunteers';
import { INDICATOR_NAMES, type IndicatorDefinition, type IndicatorName, type IndicatorValues } from './contract';
import { INDICATOR_DEFINITIONS } from './indicators/contract';
import type { ReportScope, Share } from './scope';

/** What an office's computation yields: the values, a percent still as its parts (a total adds the parts). */
export type Figures = Omit<IndicatorValues, 'certifiedShareOfPopulation'> & { certifiedShareOfPopulation: Share };

export interface Indicator<N extends IndicatorName = IndicatorName> extends IndicatorDefinition {
  name: N;
  compute(scope: ReportScope): Figures[N];
}

const COMPUTE: { [N in IndicatorName]: (scope: ReportScope) => Figures[N] } = {
  peopleRegistered,
  volunteers: activeVolunteers,
  volunteerHours,
  members: (scope) => memberFigures(scope).members,
  youthMembers: (scope) => memberFigures(scope).youthMembers,
  groupMembers: (scope) => memberFigures(scope).groupMembers,
  membersLapsed: (scope) => memberFigures(scope).membersLapsed,
  popularAttendances,
  certificatesIssued,
  personsWithValidCertificateAtYearEnd: personsWithValidCertificate,
  certifiedShareOfPopulation: certifiedShare,
  coursesBySector,
  stockReceivedValueFen,
  stockIssuedValueFen,
  householdsServed,
  stockValueAtYearEnd: stockValueAtEnd,
  pairedHouseholds,
  cadres: pairedCadres,
  visits: visitCount,
  assistanceFen,
  householdsExited,
  donorRegistrations,
};

export const INDICATORS: readonly Indicator[] = INDICATOR_NAMES.map((name) => ({
  name,
  ...INDICATOR_DEFINITIONS[name],
  compute: COMPUTE[name],
}));

/** Every indicator computed over the scope. */
export function computeFigures(scope: ReportScope): Figures {
  const figures = {} as Record<IndicatorName, unknown>;
  for (const indicator of INDICATORS) figures[indicator.name] = indicator.compute(scope);
  return figures as Figures;
}
