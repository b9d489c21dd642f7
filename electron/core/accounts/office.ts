// The office this database belongs to: first-run setup and status.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { office } from '@db/schema';
import type { OfficeInfo, OfficeSetupInput } from '../../api/types';
import { appendAudit } from '../audit/chain';
import type { CoreContext } from '../context';
import { fail } from '../errors';
import { createOfficeKeys } from '../exchange/keys/ring';
import { seedTrainingDefaults } from '../training/kinds/defaults';
import { officeOf, readOffice } from './officeRow';
import { createUserRow } from './users';

export { currentOffice, officeOf, readOffice, requireOffice } from './officeRow';

/** First run: the office, its first administrator and (when they can be sealed) its key pairs, in one transaction. */
export function setupOffice(ctx: CoreContext, input: OfficeSetupInput): OfficeInfo {
  return ctx.store.sqlite.transaction(() => {
    if (readOffice(ctx.store)) fail('OFFICE_ALREADY_SET_UP');
    const at = ctx.now().toISOString();
    const row = {
      code: input.code,
      name: input.name.trim(),
      role: input.role,
      incarnationId: randomUUID(),
      createdAt: at,
    };
    ctx.store.orm.insert(office).values(row).run();
    const admin = createUserRow(ctx, {
      username: input.admin.username,
      displayName: input.admin.displayName ?? input.admin.username,
      roles: ['admin'],
      password: input.admin.password,
    });
    appendAudit(ctx, {
      method: ctx.method,
      tableName: 'office',
      recordId: row.code,
      after: { code: row.code, name: row.name, role: row.role, admin: admin.username },
    });
    // Keys need something to seal them with; without it they are made later (keys.create / `keys init`).
    if (ctx.secrets) createOfficeKeys(ctx);
    return { code: row.code, name: row.name, role: row.role, incarnationId: row.incarnationId };
  })();
}

/** Set-up as the app does it (first-run screen, `office init`): setupOffice, and a county's training defaults. */
export function setUpNewOffice(ctx: CoreContext, input: OfficeSetupInput): OfficeInfo {
  return ctx.store.sqlite.transaction(() => {
    const info = setupOffice(ctx, input);
    if (info.role === 'county') seedTrainingDefaults(ctx, info.code);
    return info;
  })();
}

/** Corrects the office name (a typo at first run prints on every slip); the code never changes. Audited before/after. */
export function renameOffice(ctx: CoreContext, name: string): OfficeInfo {
  const current = officeOf(ctx);
  const next = name.trim();
  if (!next) fail('OFFICE_NAME_REQUIRED');
  if (next === current.name) return current;
  ctx.store.orm.update(office).set({ name: next }).where(eq(office.code, current.code)).run();
  appendAudit(ctx, {
    method: ctx.method,
    tableName: 'office',
    recordId: current.code,
    before: { name: current.name },
    after: { name: next },
  });
  return { ...current, name: next };
}
