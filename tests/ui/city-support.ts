// A city with counties reporting to it, for the UI tests of what the city sees: each county its own database
// (set up, trusting the city and trusted by it), and its package exported and applied at the city.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setupOffice } from '@core/accounts/office';
import type { CoreContext } from '@core/context';
import { exportPackage } from '@core/exchange/export/exportPackage';
import { importPackage } from '@core/exchange/inbox';
import { buildCard, cardText, passphraseSealer, trustOffice } from '@core/exchange/keys';
import type { Role } from '@rules/roles';
import { openBackend } from '../../electron/backend';
import { expect, KEY_PASSPHRASE, type App } from './fixtures';

export const CITY = '321300';

/** An admin's context (with the given roles too) on a database. */
export const adminContext = (
  store: CoreContext['store'],
  secrets?: CoreContext['secrets'],
  roles: Role[] = [],
): CoreContext => ({
  store,
  actor: { userId: 'a', username: 'admin', displayName: '管理员', roles: ['admin', ...roles] },
  method: 'test',
  now: () => new Date(),
  secrets,
});

/** The app's office set up as the city 宿迁市红十字会, its admin signed in through the API. */
export async function cityOffice(app: App, roles: Role[] = []): Promise<CoreContext> {
  await app.api('office.setup', {
    code: CITY,
    name: '宿迁市红十字会',
    role: 'city',
    admin: { username: 'admin', password: 'Admin-pass-1', displayName: '管理员' },
  });
  await app.api('auth.login', { username: 'admin', password: 'Admin-pass-1' });
  return adminContext(app.backend.store, passphraseSealer(KEY_PASSPHRASE), roles);
}

export interface County {
  ctx: CoreContext;
  /** Exports everything new to the city and applies it there. */
  report(): Promise<void>;
}

/** A county of the city in its own database, closed and removed by `cleanup`. */
export function countyOf(
  city: CoreContext,
  code: string,
  name: string,
  cleanup: (() => void)[],
  roles: Role[] = [],
): County {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `boai-ui-county-${code}-`));
  const backend = openBackend(dir, { secrets: passphraseSealer(`passphrase ${code}`) });
  cleanup.push(() => {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const ctx = adminContext(backend.store, backend.secrets, roles);
  setupOffice(ctx, { code, name, role: 'county', admin: { username: 'admin', password: 'County-pass-1' } });
  for (const [truster, trusted] of [
    [ctx, city],
    [city, ctx],
  ] as const) {
    const card = buildCard(trusted);
    trustOffice(truster, cardText(card), card.fingerprint);
  }
  return {
    ctx,
    async report() {
      const written = (await exportPackage(ctx, { to: CITY, dir: fs.mkdtempSync(path.join(dir, 'usb-')) })).written;
      expect(await importPackage(city, written)).toMatchObject({ status: 'applied' });
    },
  };
}
