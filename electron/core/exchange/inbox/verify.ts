// Verify first: every check of the format layer, every chunk opened and counted, then whether this city
// can take it (role, tables). Nothing is written.
import fs from 'node:fs';
import type { VerifyResult } from '@core/exchange/inbox/contract';
import type { CoreContext } from '../../context';
import { trustLookup } from '../keys';
import { checkTablesKnown } from './apply';
import { openForCity } from './import';
import { packageFacts } from './outcome';

export async function verifyForCity(ctx: CoreContext, files: string[]): Promise<VerifyResult> {
  const opened = await openForCity(ctx, files);
  await opened.checkLines(); // each chunk authenticated, each line checked as JSON and counted
  checkTablesKnown(opened.header);
  const bytes = files.reduce((sum, file) => sum + fs.statSync(file).size, 0);
  return { ...packageFacts(opened.header, opened.packageHash, trustLookup(ctx.store)), files: files.length, bytes };
}
