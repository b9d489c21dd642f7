// The people registry: grid queries, editing, import and export.
import { z } from 'zod';
import { columnFilters, customFieldKey, GROUP_COLUMNS } from '../../api/columnFilters';
import { FIELD_LIMITS, ID_NUMBER_INPUT_MAX, NAME_INPUT_MAX, NAME_MAX, REASON_MAX, SEARCH_MAX } from '../../api/limits';
import { CLERKS, READERS, method, officeCode, optionalText, text } from '../../api/method';
import { customValuesInput } from '../customFields/methods';
import type {
  ExportedFile,
  GroupCounts,
  ImportCommitResult,
  ImportStatus,
  PeopleOffice,
  PeoplePage,
  PersonRow,
  PersonSaveResult,
} from './contract';
import { PEOPLE_SORT_COLUMNS, PERSON_FIELDS } from './contract';

const L = FIELD_LIMITS.people;

/** A name longer than NAME_MAX characters once spaces are squeezed is refused here, so the message can give the limit. */
const personName = text(NAME_INPUT_MAX).check((ctx) => {
  if ([...ctx.value.replace(/\s+/g, ' ').trim()].length <= NAME_MAX) return;
  ctx.issues.push({ code: 'too_big', origin: 'string', maximum: NAME_MAX, inclusive: true, input: ctx.value });
});

/** A person as a form sends it; also the course's 登记新学员 (training.courses.addNewTrainee). */
export const personInput = z.object({
  name: personName,
  gender: z.enum(['M', 'F']).nullish(),
  idNumber: text(ID_NUMBER_INPUT_MAX),
  mobile: optionalText(L.mobile),
  phone: optionalText(L.phone),
  township: optionalText(L.township),
  village: optionalText(L.village),
  workUnit: optionalText(L.workUnit),
  notes: optionalText(L.notes),
  customFields: customValuesInput,
});

const peopleQuery = z.object({
  search: text(SEARCH_MAX).optional(),
  township: text(100).optional(),
  village: text(100).optional(),
  gender: z.enum(['M', 'F']).optional(),
  officeCode: officeCode.optional(),
  includeVoided: z.boolean().optional(),
  sort: z
    .array(
      z.object({
        column: z.union([z.enum(PEOPLE_SORT_COLUMNS), customFieldKey]),
        direction: z.enum(['asc', 'desc']),
      }),
    )
    .max(3)
    .optional(),
  columnFilters: columnFilters.optional(),
});

const groupHeadings = z.object({
  sheet: text(31)
    .min(1)
    .regex(/^[^[\]:*?/\\]+$/),
  title: text(100),
  subtitle: text(500),
  value: text(50),
  count: text(50),
  total: text(50),
  blank: text(50),
  values: z.record(text(20), text(50)).optional(),
});

export const peopleMethods = {
  'people.list': method<PeoplePage>()({
    effect: 'read',
    input: peopleQuery.extend({ offset: z.number().int().min(0), limit: z.number().int().min(1).max(1000) }),
    access: READERS,
  }),
  'people.facets': method<{ townships: string[]; villages: string[] }>()({
    effect: 'read',
    input: z.object({ township: text(100).optional() }),
    access: READERS,
  }),
  'people.offices': method<PeopleOffice[]>()({ effect: 'read', input: z.object({}), access: READERS }),
  'people.get': method<PersonRow>()({ effect: 'read', input: z.object({ id: z.uuid() }), access: READERS }),
  'people.create': method<PersonSaveResult>()({
    effect: 'write',
    input: z.object({ person: personInput, acceptWarnings: z.boolean().optional() }),
    access: CLERKS,
  }),
  'people.update': method<PersonSaveResult>()({
    effect: 'write',
    input: z.object({
      id: z.uuid(),
      rowVersion: z.number().int().min(1),
      patch: personInput.partial(),
      acceptWarnings: z.boolean().optional(),
    }),
    access: CLERKS,
  }),
  'people.void': method<PersonRow>()({
    effect: 'write',
    input: z.object({ id: z.uuid(), reason: text(REASON_MAX).min(1) }),
    access: CLERKS,
  }),
  'people.revealId': method<{ idNumber: string }>()({
    effect: 'write',
    input: z.object({ id: z.uuid() }),
    access: CLERKS,
  }),

  'people.importStart': method<{ jobId: string }>()({
    effect: 'job',
    input: z.object({
      fileName: text(260).min(1),
      contentBase64: z.string().max(200 * 1024 * 1024),
      mapping: z
        .array(z.object({ index: z.number().int().min(0), field: z.enum(PERSON_FIELDS).nullable() }))
        .optional(),
      // 更新已登记人员: rows whose ID number is registered update that person instead of being refused.
      update: z.object({ clearBlanks: z.array(z.enum(PERSON_FIELDS)).max(PERSON_FIELDS.length) }).optional(),
    }),
    access: CLERKS,
  }),
  'people.importStatus': method<ImportStatus>()({
    effect: 'read',
    input: z.object({ jobId: z.uuid() }),
    access: CLERKS,
    background: true,
  }),
  'people.importCancel': method<ImportStatus>()({
    effect: 'read',
    input: z.object({ jobId: z.uuid() }),
    access: CLERKS,
  }),
  'people.importCommit': method<ImportCommitResult>()({
    effect: 'job',
    input: z.object({
      jobId: z.uuid(),
      mode: z.enum(['allOrNothing', 'validOnly']),
      // Spreadsheet rows the clerk unticked in the preview: written neither as an update nor as a new person.
      skipRows: z.array(z.number().int().min(1)).max(1_100_000).optional(),
    }),
    access: CLERKS,
  }),
  'people.groupCounts': method<GroupCounts>()({
    effect: 'read',
    input: peopleQuery.extend({ groupBy: z.enum(GROUP_COLUMNS) }),
    access: READERS,
  }),
  'people.groupCountsExport': method<ExportedFile>()({
    effect: 'job',
    input: peopleQuery.extend({ groupBy: z.enum(GROUP_COLUMNS), headings: groupHeadings }),
    access: READERS,
  }),
  'people.export': method<ExportedFile>()({
    effect: 'job',
    input: peopleQuery.extend({ revealIds: z.boolean(), language: z.enum(['zh-CN', 'en']).optional() }),
    access: READERS,
  }),
} as const;
