// Typed calls to the warehouse methods, typed from the stock method files themselves so this feature
// compiles whether or not their line is in contract.ts yet; the transport is the app's one client.
import type { z } from 'zod';
import type { MethodSpec } from '@api/method';
import type { stockCampaignMethods } from '@core/stock/campaigns/methods';
import type { stockMethods } from '@core/stock/methods';
import type { stockReportMethods } from '@core/stock/reports/methods';
import { call } from '../../api/client';

type Methods = typeof stockMethods & typeof stockReportMethods & typeof stockCampaignMethods;
export type StockMethod = keyof Methods;
type Result<M extends StockMethod> = Methods[M] extends MethodSpec<z.ZodType, infer R> ? R : never;

export function stockCall<M extends StockMethod>(method: M, input: z.input<Methods[M]['input']>): Promise<Result<M>> {
  return (call as unknown as (m: string, i: unknown) => Promise<Result<M>>)(method, input);
}
