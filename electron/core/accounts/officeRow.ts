// Reading the office row (set once at first run). Its own module so the office's key ring can read it
// without importing set-up, which creates the key ring.
import type { Store } from '../../../db/open';
import { office } from '../../../db/schema';
import type { OfficeInfo } from '../../api/types';
import { fail } from '../errors';

export function readOffice(store: Store): OfficeInfo | null {
  const row = store.orm.select().from(office).get();
  return row ? { code: row.code, name: row.name, role: row.role, incarnationId: row.incarnationId } : null;
}

export function requireOffice(store: Store): OfficeInfo {
  return readOffice(store) ?? fail('OFFICE_NOT_SET_UP');
}
