// The one API contract: method name -> zod input schema, who may call it, and the result type.
// The router validates every call against it; the renderer takes its types from it.
// Each domain declares its methods in methods/<domain>.ts and adds one line here.
import type { z } from 'zod';
import type { MethodSpec } from './method';
import { auditMethods } from './methods/audit';
import { inboxMethods } from './methods/inbox';
import { keysMethods } from './methods/keys';
import { officeMethods } from './methods/office';
import { outboxMethods } from './methods/outbox';
import { peopleMethods } from './methods/people';
import { preferenceMethods } from './methods/preferences';
import { printMethods } from './methods/print';
import { stockMethods } from './methods/stock';
import { stockCampaignMethods } from './methods/stockCampaigns';
import { stockReportMethods } from './methods/stockReports';

export type { Access, MethodSpec } from './method';

export const contract = {
  ...officeMethods,
  ...auditMethods,
  ...peopleMethods,
  ...stockMethods,
  ...stockReportMethods,
  ...stockCampaignMethods,
  ...keysMethods,
  ...outboxMethods,
  ...inboxMethods,
  ...printMethods,
  ...preferenceMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = Contract[M] extends MethodSpec<z.ZodType, infer R> ? R : never;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
