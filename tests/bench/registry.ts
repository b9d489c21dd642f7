// The benchmarks `npm run bench` runs, by name. Each module exports one Bench.
import { certificateRegisterBench } from './certificate-register.bench';
import { certificatesBench } from './certificates.bench';
import { exchangeBaselineBench } from './exchange-baseline.bench';
import { exchangeCityBench } from './exchange-city.bench';
import { exchangeExportBench } from './exchange-export.bench';
import { householdsBench } from './households.bench';
import { membersBench } from './members.bench';
import { pairingBench } from './pairing.bench';
import { peopleImportBench } from './people-import.bench';
import { peopleQueryBench } from './people-query.bench';
import { reportBench } from './report.bench';
import { stockReportsBench } from './stock-reports.bench';
import { stockBench } from './stock.bench';
import { trainingBench, trainingLegacyBench } from './training.bench';
import type { Bench } from './types';
import { volunteersBench } from './volunteers.bench';

export const benches: Record<string, Bench> = {
  'people-query': peopleQueryBench,
  'people-import': peopleImportBench,
  'exchange-baseline': exchangeBaselineBench,
  'exchange-city': exchangeCityBench,
  'exchange-export': exchangeExportBench,
  stock: stockBench,
  'stock-reports': stockReportsBench,
  certificates: certificatesBench,
  training: trainingBench,
  'training-legacy': trainingLegacyBench,
  'certificate-register': certificateRegisterBench,
  volunteers: volunteersBench,
  households: householdsBench,
  members: membersBench,
  report: reportBench,
  pairing: pairingBench,
};
