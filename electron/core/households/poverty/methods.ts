// A household's poverty file: read it whole, keep its facts, change its status (history kept), an income per year,
// and its measures. Clerks write; the office's readers read.
import { z } from 'zod';
import { FIELD_LIMITS, REASON_MAX } from '@api/limits';
import { isoDate, method, optionalText, text } from '@api/method';
import {
  HOUSING_SAFETY_GRADES,
  MEASURE_KINDS,
  MONITORING_CATEGORIES,
  POVERTY_CAUSES,
  POVERTY_STATUSES,
} from '@rules/households';
import { HOUSEHOLD_CLERKS, HOUSEHOLD_READERS } from '../contract';
import { recordId, rowVersion } from '../roster/methods';
import type { PovertyFileDetail } from './contract';

const M = FIELD_LIMITS.poverty_measures;
const fen = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const hundredths = z.number().int().min(0).max(1_000_000_000);
const category = z.enum(MONITORING_CATEGORIES).nullish();

const measureFields = z.object({
  kind: z.enum(MEASURE_KINDS).nullish(),
  project: text(M.project).min(1),
  scale: optionalText(M.scale),
  fundsFen: fen.nullish(),
  startDate: isoDate.nullish(),
  endDate: isoDate.nullish(),
  result: optionalText(M.result),
  acknowledged: z.boolean().optional(),
  notes: optionalText(M.notes),
});

const detail = <I extends z.ZodType>(input: I) =>
  method<PovertyFileDetail>()({ effect: 'write', input, access: HOUSEHOLD_CLERKS });

export const povertyMethods = {
  'households.poverty.get': method<PovertyFileDetail>()({
    effect: 'read',
    input: z.object({ householdId: recordId }),
    access: HOUSEHOLD_READERS,
  }),
  'households.poverty.save': detail(
    z.object({
      householdId: recordId,
      rowVersion: rowVersion.optional(),
      mainCause: z.enum(POVERTY_CAUSES),
      secondaryCause: z.enum(POVERTY_CAUSES).nullish(),
      identifiedDate: isoDate.nullish(),
      landAreaHundredthsMu: hundredths.nullish(),
      housingAreaHundredthsM2: hundredths.nullish(),
      housingSafetyGrade: z.enum(HOUSING_SAFETY_GRADES).nullish(),
      notes: optionalText(FIELD_LIMITS.poverty_files.notes),
      status: z.enum(POVERTY_STATUSES).optional(),
      monitoringCategory: category,
      statusDate: isoDate.nullish(),
    }),
  ),
  /** 帮扶中 -> 已脱贫 -> 监测对象 ..., each change kept with its date and reason. */
  'households.poverty.setStatus': detail(
    z.object({
      householdId: recordId,
      rowVersion,
      status: z.enum(POVERTY_STATUSES),
      monitoringCategory: category,
      date: isoDate,
      reason: optionalText(REASON_MAX),
    }),
  ),
  /** One year's income; null takes the year's figure away. */
  'households.incomes.save': detail(
    z.object({ householdId: recordId, year: z.number().int().min(1950).max(2199), incomeFen: fen.nullable() }),
  ),
  'households.measures.add': detail(measureFields.extend({ householdId: recordId })),
  'households.measures.update': detail(z.object({ id: recordId, rowVersion, patch: measureFields.partial() })),
  'households.measures.void': detail(z.object({ id: recordId, reason: text(REASON_MAX).min(1) })),
} as const;

export type PovertyMethodName = keyof typeof povertyMethods;
