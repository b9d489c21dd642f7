// The reading side of the exchange baseline bench, in a fresh process (an esbuild bundle, as the app ships)
// so the RSS is openPackage + lines() alone: `node child.cjs <keys.json> <file>...` prints one JSON line.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { openPackage } from '../../electron/core/exchange/format';
import type { OfficeKeyRing, TrustedOffice } from '../../electron/core/exchange/types';

interface KeyFile { city: { officeCode: string; signingKeyId: string; encryptionKeyId: string; signing: string; encryption: string }; county: { officeCode: string; signingKeyId: string; signing: string } }

async function main(): Promise<void> {
  const [keysFile, ...files] = process.argv.slice(2);
  const k = JSON.parse(fs.readFileSync(keysFile!, 'utf8')) as KeyFile;
  const privateKey = (pem: string) => crypto.createPrivateKey(pem);
  const signing = privateKey(k.city.signing);
  const encryption = privateKey(k.city.encryption);
  const keys: OfficeKeyRing = {
    officeCode: k.city.officeCode,
    signing: { keyId: k.city.signingKeyId, privateKey: signing, publicKey: crypto.createPublicKey(signing) },
    encryption: { keyId: k.city.encryptionKeyId, privateKey: encryption, publicKey: crypto.createPublicKey(encryption) },
  };
  const countySigning = crypto.createPublicKey(k.county.signing);
  const county: TrustedOffice = {
    officeCode: k.county.officeCode, name: k.county.officeCode, role: 'county', signingKeyId: k.county.signingKeyId, signingPublicKey: countySigning,
    encryptionKeyId: '', encryptionPublicKey: keys.encryption.publicKey, fingerprint: '',
  };
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const opened = await openPackage(files, { keys, trust: { office: (code) => (code === county.officeCode ? county : undefined) } });
  const openMs = performance.now() - started;
  let lines = 0;
  for await (const _ of opened.lines()) lines++;
  const ms = performance.now() - started;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(JSON.stringify({ lines, openMs, ms, rssBefore, peak, maxRss: process.resourceUsage().maxRSS * 1024 }));
}

void main();
