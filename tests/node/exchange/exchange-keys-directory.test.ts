// The key directory: the city signs its counties' certificate-signing keys; a county takes only its own city's
// directory, unaltered and newer than the one it holds, so it can verify the other counties' certificates offline.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CoreContext } from '@core/context';
import { exportPackage } from '@core/exchange/export/exportPackage';
import { importPackage } from '@core/exchange/inbox';
import { writeReceipt } from '@core/exchange/inbox/receipt';
import { buildCard, cardText, trustOffice } from '@core/exchange/keys';
import {
  acceptKeyDirectory,
  buildKeyDirectory,
  directorySigningKeys,
  heldKeyDirectory,
} from '@core/exchange/keys/directory';
import { importReceipt } from '@core/exchange/outbox/receipt';
import { createPerson } from '@core/people/service';
import { generatePeople } from '../../fixtures/people';
import { runCli } from '../cli-support';
import { KEY_PASSPHRASE, officeBackend, tempDir } from '../support';

type Office = ReturnType<typeof officeBackend>;

function trust(truster: Office, trusted: Office) {
  const card = buildCard(trusted.as(['admin']));
  trustOffice(truster.as(['admin'], 'keys.trust'), cardText(card), card.fingerprint);
}

/** A city and its counties, trusting each other both ways. */
function province(cityCode = '321300', ...countyCodes: string[]) {
  const city = officeBackend('city', cityCode, { keys: true, name: `${cityCode}市红十字会` });
  const counties = countyCodes.map((code) => officeBackend('county', code, { keys: true, name: `${code}红十字会` }));
  for (const county of counties) {
    trust(city, county);
    trust(county, city);
  }
  return { city, counties };
}

const at = (office: Office, iso: string): CoreContext => ({
  ...office.as(['admin'], 'keys.directory'),
  now: () => new Date(iso),
});
const text = (file: object) => JSON.stringify(file);

describe('key directory', () => {
  it("lists the city's counties with their signing keys; a county takes it and knows its sibling's key", () => {
    const {
      city,
      counties: [a, b],
    } = province('321300', '321302', '321311');
    const directory = buildKeyDirectory(at(city, '2026-12-01T02:00:00.000Z'));
    expect(directory.counties.map((c) => [c.officeCode, c.signingKeys.length])).toEqual([
      ['321302', 1],
      ['321311', 1],
    ]);

    const held = acceptKeyDirectory(at(a!, '2026-12-01T03:00:00.000Z'), text(directory));
    expect(held).toMatchObject({ cityCode: '321300', counties: [{ officeCode: '321302' }, { officeCode: '321311' }] });
    expect(heldKeyDirectory(a!.store)).toEqual(held);
    const siblingKey = buildCard(b!.as(['admin'])).signingKey.publicKey;
    expect(directorySigningKeys(a!.store, '321302')).toEqual([
      { officeCode: '321311', officeName: '321311红十字会', publicKey: siblingKey },
    ]);
    const audited = a!.store.sqlite.prepare("SELECT count(*) FROM audit_log WHERE table_name = 'key_directories'");
    expect(audited.pluck().get()).toBe(1);
  });

  it('refuses a directory from another city, an altered one, and an older or the same one', () => {
    const {
      city,
      counties: [county],
    } = province('321300', '321302');
    const stranger = province('320100', '320102').city;
    trust(stranger, county!); // the other city even knows our county; our county does not trust it
    const ctx = at(county!, '2026-12-02T00:00:00.000Z');

    expect(() => acceptKeyDirectory(ctx, text(buildKeyDirectory(at(stranger, '2026-12-01T00:00:00.000Z'))))).toThrow(
      expect.objectContaining({ code: 'DIRECTORY_OTHER_CITY' }),
    );
    const genuine = buildKeyDirectory(at(city, '2026-12-01T00:00:00.000Z'));
    const altered = {
      ...genuine,
      counties: [
        {
          ...genuine.counties[0]!,
          signingKeys: buildKeyDirectory(at(stranger, '2026-12-01T00:00:00.000Z')).counties[0]!.signingKeys,
        },
      ],
    };
    expect(() => acceptKeyDirectory(ctx, text(altered))).toThrow(
      expect.objectContaining({ code: 'DIRECTORY_SIGNATURE_INVALID' }),
    );
    expect(() => acceptKeyDirectory(ctx, '{"format":"boai-key-directory"')).toThrow(
      expect.objectContaining({ code: 'DIRECTORY_INVALID' }),
    );
    expect(heldKeyDirectory(county!.store)).toBeNull();

    const newer = buildKeyDirectory(at(city, '2026-12-05T00:00:00.000Z'));
    acceptKeyDirectory(ctx, text(newer));
    for (const stale of [genuine, newer])
      expect(() => acceptKeyDirectory(ctx, text(stale))).toThrow(
        expect.objectContaining({ code: 'DIRECTORY_NOT_NEWER' }),
      );
    expect(heldKeyDirectory(county!.store)?.issuedAt).toBe('2026-12-05T00:00:00.000Z');
  });

  it("comes with every receipt: the county holds its city's newest directory after importing one", async () => {
    const {
      city,
      counties: [county, sibling],
    } = province('321300', '321302', '321311');
    createPerson(county!.as(['clerk'], 'people.create'), generatePeople(1, 5)[0]!, true);
    const sent = await exportPackage(county!.as(['clerk'], 'outbox.export'), { to: '321300', dir: tempDir() });
    expect(await importPackage(city.as(['clerk'], 'inbox.apply'), sent.written)).toMatchObject({ status: 'applied' });
    const receipt = await writeReceipt(city.as(['clerk'], 'inbox.writeReceipt'), { to: '321302', dir: tempDir() });
    expect(await importReceipt(county!.as(['clerk'], 'outbox.importReceipt'), [receipt.file])).toMatchObject({
      keyDirectoryTaken: true,
    });
    expect(heldKeyDirectory(county!.store)?.counties.map((c) => c.officeCode)).toEqual(['321302', '321311']);
    expect(directorySigningKeys(county!.store, '321302')).toEqual([
      expect.objectContaining({
        officeCode: '321311',
        publicKey: buildCard(sibling!.as(['admin'])).signingKey.publicKey,
      }),
    ]);
  });

  it(
    'goes through the router for administrators only, and through the CLI as files',
    { timeout: 240_000 },
    async () => {
      const {
        city,
        counties: [county],
      } = province('321300', '321302');
      county!.addUser('reader', ['viewer']);
      const file = path.join(tempDir(), 'directory.json');
      const env = { BOAI_KEY_PASSPHRASE: KEY_PASSPHRASE };

      const exported = runCli(city.backend.dataDir, ['keys', 'directory', 'export', file, '--json'], env);
      expect(exported.status, exported.stderr).toBe(0);
      expect(exported.json()).toEqual({ ok: true, file, counties: 1 });
      expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({
        format: 'boai-key-directory',
        cityCode: '321300',
      });

      const refused = runCli(
        county!.backend.dataDir,
        ['keys', 'directory', 'import', file, '--json', '--lang', 'zh-CN'],
        {
          ...env,
          BOAI_USER: 'reader',
          BOAI_PASSWORD: 'password-123',
        },
      );
      expect(refused.status).not.toBe(0);
      expect(refused.json()).toMatchObject({ ok: false });

      const imported = runCli(county!.backend.dataDir, ['keys', 'directory', 'import', file, '--json'], env);
      expect(imported.status, imported.stderr).toBe(0);
      expect(imported.json()).toMatchObject({ ok: true, cityCode: '321300', counties: 1 });
      const again = runCli(
        county!.backend.dataDir,
        ['keys', 'directory', 'import', file, '--json', '--lang', 'zh-CN'],
        env,
      );
      expect(again.status).not.toBe(0);
      expect(again.json()).toMatchObject({
        ok: false,
        code: 'DIRECTORY_NOT_NEWER',
        message: expect.stringContaining('不比本单位已有的新'),
      });
    },
  );
});
