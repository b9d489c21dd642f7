// The office row: read from the database, or taken from the context the router filled once per call.
// Apart from office.ts so that any core module can ask for the office without importing set-up and keys.
import type { Store } from '@db/open';
import { office } from '@db/schema';
import type { OfficeInfo } from '../../api/types';
import type { CoreContext } from '../context';
import { fail } from '../errors';

export function readOffice(store: Store): OfficeInfo | null {
  const row = store.orm.select().from(office).get();
  return row ? { code: row.code, name: row.name, role: row.role, incarnationId: row.incarnationId } : null;
}

export function requireOffice(store: Store): OfficeInfo {
  return readOffice(store) ?? fail('OFFICE_NOT_SET_UP');
}

/**
 * The office this call runs for: the router's (ctx.office), else read now - when the core is called directly, or when
 * the call started before set-up (null) and set-up wrote the row in this same transaction.
 */
export function currentOffice(ctx: CoreContext): OfficeInfo | null {
  return ctx.office ?? readOffice(ctx.store);
}

export function officeOf(ctx: CoreContext): OfficeInfo {
  return currentOffice(ctx) ?? fail('OFFICE_NOT_SET_UP');
}
