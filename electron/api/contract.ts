// The one API contract: method name -> zod input schema, who may call it, and the result type.
// The router validates every call against it; the renderer takes its types from it.
import { z } from 'zod';
import type {
  ExportedFile, ImportCommitResult, ImportStatus, PeoplePage, PersonRow, PersonSaveResult,
} from './people';
import { PEOPLE_SORT_COLUMNS, PERSON_FIELDS } from './people';
import { ROLES, type Role } from './roles';
import type { DbCheckResult, OfficeInfo, OfficeStatus, SessionUser, UserInfo } from './types';

/** 'public': no sign-in needed; 'signedIn': any user; otherwise the roles allowed (admin always is). */
export type Access = 'public' | 'signedIn' | readonly Role[];

export interface MethodSpec<I extends z.ZodType, R> {
  input: I;
  access: Access;
  /** Phantom: carries the result type for the renderer; never set. */
  result?: R;
}

function method<R>() {
  return <I extends z.ZodType>(spec: { input: I; access: Access }): MethodSpec<I, R> => spec;
}

const text = (max: number) => z.string().max(max);
const optionalText = (max: number) => z.string().max(max).nullish();
const role = z.enum(ROLES);
const officeCode = z.string().regex(/^\d{6}$/);
const password = z.string().min(1).max(200);

const personInput = z.object({
  name: text(100),
  gender: z.enum(['M', 'F']).nullish(),
  idNumber: text(40),
  mobile: optionalText(40),
  phone: optionalText(40),
  township: optionalText(100),
  village: optionalText(100),
  workUnit: optionalText(200),
  notes: optionalText(2000),
});

const peopleQuery = z.object({
  search: text(100).optional(),
  township: text(100).optional(),
  village: text(100).optional(),
  gender: z.enum(['M', 'F']).optional(),
  officeCode: officeCode.optional(),
  includeVoided: z.boolean().optional(),
  sort: z.array(z.object({ column: z.enum(PEOPLE_SORT_COLUMNS), direction: z.enum(['asc', 'desc']) })).max(3).optional(),
});

const CLERKS: readonly Role[] = ['clerk'];
const READERS: readonly Role[] = ['clerk', 'viewer', 'warehouse', 'approver'];
const ADMINS: readonly Role[] = ['admin'];

export const contract = {
  'office.status': method<OfficeStatus>()({ input: z.object({}), access: 'public' }),
  'office.setup': method<OfficeInfo>()({
    input: z.object({
      code: officeCode, name: text(100).min(1), role: z.enum(['county', 'city']),
      admin: z.object({ username: text(50).min(1), password, displayName: text(50).optional() }),
    }),
    access: 'public',
  }),
  'auth.login': method<SessionUser>()({ input: z.object({ username: text(50), password }), access: 'public' }),
  'auth.logout': method<null>()({ input: z.object({}), access: 'public' }),

  'users.list': method<UserInfo[]>()({ input: z.object({}), access: ADMINS }),
  'users.create': method<UserInfo>()({
    input: z.object({ username: text(50).min(1), displayName: text(50), roles: z.array(role).min(1), password }),
    access: ADMINS,
  }),
  'users.update': method<UserInfo>()({
    input: z.object({ id: z.uuid(), displayName: text(50).optional(), roles: z.array(role).min(1).optional(),
      active: z.boolean().optional(), password: password.optional() }),
    access: ADMINS,
  }),

  'db.check': method<DbCheckResult>()({ input: z.object({}), access: ADMINS }),

  'people.list': method<PeoplePage>()({
    input: peopleQuery.extend({ offset: z.number().int().min(0), limit: z.number().int().min(1).max(1000) }),
    access: READERS,
  }),
  'people.facets': method<{ townships: string[]; villages: string[] }>()({ input: z.object({ township: text(100).optional() }), access: READERS }),
  'people.get': method<PersonRow>()({ input: z.object({ id: z.uuid() }), access: READERS }),
  'people.create': method<PersonSaveResult>()({
    input: z.object({ person: personInput, acceptWarnings: z.boolean().optional() }), access: CLERKS,
  }),
  'people.update': method<PersonSaveResult>()({
    input: z.object({ id: z.uuid(), rowVersion: z.number().int().min(1), patch: personInput.partial(), acceptWarnings: z.boolean().optional() }),
    access: CLERKS,
  }),
  'people.void': method<PersonRow>()({ input: z.object({ id: z.uuid(), reason: text(500).min(1) }), access: CLERKS }),
  'people.revealId': method<{ idNumber: string }>()({ input: z.object({ id: z.uuid() }), access: CLERKS }),

  'people.importStart': method<{ jobId: string }>()({
    input: z.object({
      fileName: text(260).min(1),
      contentBase64: z.string().max(200 * 1024 * 1024),
      mapping: z.array(z.object({ index: z.number().int().min(0), field: z.enum(PERSON_FIELDS).nullable() })).optional(),
    }),
    access: CLERKS,
  }),
  'people.importStatus': method<ImportStatus>()({ input: z.object({ jobId: z.uuid() }), access: CLERKS }),
  'people.importCancel': method<ImportStatus>()({ input: z.object({ jobId: z.uuid() }), access: CLERKS }),
  'people.importCommit': method<ImportCommitResult>()({
    input: z.object({ jobId: z.uuid(), mode: z.enum(['allOrNothing', 'validOnly']) }), access: CLERKS,
  }),
  'people.export': method<ExportedFile>()({ input: peopleQuery.extend({ revealIds: z.boolean() }), access: READERS }),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = Contract[M] extends MethodSpec<z.ZodType, infer R> ? R : never;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
