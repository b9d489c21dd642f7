// `office init` with a passphrase, `keys card` and `keys trust` through the real CLI, with --json.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli-support';
import { ADMIN_PASSWORD, tempDir } from '../support';

function office(root: string, code: string, name: string, role: 'county' | 'city') {
  const dataDir = path.join(root, code);
  const run = runCli(dataDir, [
    'office',
    'init',
    '--code',
    code,
    '--name',
    name,
    '--role',
    role,
    '--admin',
    'admin',
    '--password-file',
    path.join(root, 'password'),
    '--passphrase-file',
    path.join(root, `phrase-${code}`),
    '--json',
  ]);
  expect(run.status, run.stderr).toBe(0);
  return { dataDir, init: run.json() };
}

describe('cli: keys', () => {
  it('writes a key card, and the other office trusts it only with the right digits', { timeout: 180_000 }, () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'password'), `${ADMIN_PASSWORD}\n`); // the CLI's sign-in (cli-support) uses it
    fs.writeFileSync(path.join(root, 'phrase-321302'), 'county passphrase\n');
    fs.writeFileSync(path.join(root, 'phrase-321300'), 'city passphrase\n');
    const county = office(root, '321302', '宿城区红十字会', 'county');
    const city = office(root, '321300', '宿迁市红十字会', 'city');
    expect(county.init).toMatchObject({ ok: true, keys: { keyId: expect.stringMatching(/^[0-9a-f]{16}$/) } });

    const cardFile = path.join(root, 'county-card.json');
    const card = runCli(county.dataDir, [
      'keys',
      'card',
      cardFile,
      '--passphrase-file',
      path.join(root, 'phrase-321302'),
      '--json',
    ]);
    expect(card.status, card.stderr).toBe(0);
    const printed = card.json();
    expect(Object.keys(printed)).toEqual(expect.arrayContaining(['officeCode', 'keyId', 'fingerprint']));
    expect(printed).toMatchObject({ officeCode: '321302', keyId: (county.init.keys as { keyId: string }).keyId });
    expect(printed.fingerprint).toMatch(/^(\d{4} ){11}\d{4}$/);
    expect(JSON.parse(fs.readFileSync(cardFile, 'utf8'))).toMatchObject({ officeCode: '321302', role: 'county' });

    const locked = runCli(county.dataDir, ['keys', 'card', path.join(root, 'x.json'), '--json'], {
      BOAI_KEY_PASSPHRASE: '',
    });
    expect(locked.status).toBe(1);
    expect(locked.json()).toMatchObject({
      ok: false,
      code: 'KEYS_LOCKED',
      message: expect.stringContaining('--passphrase-file'),
    });
    const wrongPhrase = runCli(county.dataDir, ['keys', 'card', path.join(root, 'x.json'), '--json'], {
      BOAI_KEY_PASSPHRASE: 'not it',
    });
    expect(wrongPhrase.json()).toMatchObject({ ok: false, code: 'KEYS_PASSPHRASE_WRONG' });

    const digits = String(printed.fingerprint);
    const wrong = digits.slice(0, -1) + String((Number(digits.at(-1)) + 1) % 10);
    const refused = runCli(city.dataDir, ['keys', 'trust', cardFile, '--fingerprint', wrong, '--json']);
    expect(refused.status).toBe(1);
    expect(refused.json()).toMatchObject({ ok: false, code: 'TRUST_FINGERPRINT_MISMATCH' });
    expect(runCli(city.dataDir, ['keys', 'list', '--json']).json()).toEqual({ ok: true, trusted: [] });

    const trusted = runCli(city.dataDir, [
      'keys',
      'trust',
      cardFile,
      '--fingerprint',
      digits.replaceAll(' ', ''),
      '--json',
    ]);
    expect(trusted.status, trusted.stderr).toBe(0);
    expect(trusted.json()).toMatchObject({
      ok: true,
      status: 'new',
      officeCode: '321302',
      name: '宿城区红十字会',
      fingerprint: digits,
    });

    // A county refuses another county's card, with its own code.
    const sibling = runCli(county.dataDir, ['keys', 'trust', cardFile, '--fingerprint', digits, '--json']);
    expect(sibling.json()).toMatchObject({ ok: false, code: 'KEYCARD_OWN_OFFICE' });
  });
});
