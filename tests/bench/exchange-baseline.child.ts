// The measured sides of the exchange baseline bench, each in a fresh process (an esbuild bundle, as the app
// ships) so the RSS is the format's own, not the generator's:
//   node child.cjs read <keys.json> <file>...     openPackage + every line parsed
//   node child.cjs write <keys.json> <dir> <n>    writePackage of n people made on the fly (never all in memory)
//   node child.cjs generate <keys.json> <n>       the same people made and serialised, no package (for comparison)
// Each prints one JSON line.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { openPackage, SCHEMA_VERSION, writePackage } from '../../electron/core/exchange/format';
import type { OfficeKeyRing, TrustedOffice } from '../../electron/core/exchange/types';
import { exchangePeople } from '../fixtures/packageCorpus';

export interface OfficePems {
  officeCode: string;
  signingKeyId: string;
  encryptionKeyId: string;
  signing: string;
  encryption: string;
}
export interface BenchKeys {
  county: OfficePems;
  city: OfficePems;
}

function ringOf(o: OfficePems): OfficeKeyRing {
  const signing = crypto.createPrivateKey(o.signing);
  const encryption = crypto.createPrivateKey(o.encryption);
  return {
    officeCode: o.officeCode,
    signing: { keyId: o.signingKeyId, privateKey: signing, publicKey: crypto.createPublicKey(signing) },
    encryption: { keyId: o.encryptionKeyId, privateKey: encryption, publicKey: crypto.createPublicKey(encryption) },
  };
}

function trustedOf(ring: OfficeKeyRing, role: 'county' | 'city'): TrustedOffice {
  return {
    officeCode: ring.officeCode,
    name: ring.officeCode,
    role,
    signingKeyId: ring.signing.keyId,
    signingPublicKey: ring.signing.publicKey,
    encryptionKeyId: ring.encryption.keyId,
    encryptionPublicKey: ring.encryption.publicKey,
    fingerprint: '',
  };
}

function rssSampler() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage().rss);
  };
}

async function read(keys: BenchKeys, files: string[]) {
  const city = ringOf(keys.city);
  const county = trustedOf(ringOf(keys.county), 'county');
  const rssBefore = process.memoryUsage().rss;
  const stop = rssSampler();
  const started = performance.now();
  const opened = await openPackage(files, {
    keys: city,
    trust: { office: (code) => (code === county.officeCode ? county : undefined) },
  });
  const openMs = performance.now() - started;
  let lines = 0;
  for await (const _ of opened.lines()) lines++;
  return { lines, openMs, ms: performance.now() - started, rssBefore, peak: stop() };
}

/** People in batches of 10,000, made as the writer asks for them. */
function* lazyPeople(count: number, officeCode: string) {
  for (let done = 0; done < count; done += 10_000)
    yield* exchangePeople(Math.min(10_000, count - done), officeCode, done + 1);
}

async function write(keys: BenchKeys, dir: string, count: number) {
  const county = ringOf(keys.county);
  const city = trustedOf(ringOf(keys.city), 'city');
  const rssBefore = process.memoryUsage().rss;
  const stop = rssSampler();
  const started = performance.now();
  const written = await writePackage({
    dir,
    baseName: 'lazy',
    lines: lazyPeople(count, county.officeCode),
    keys: county,
    recipient: city,
    partMaxBytes: 20 * 1024 * 1024,
    header: {
      packageId: crypto.randomUUID(),
      kind: 'snapshot',
      sender: { officeCode: county.officeCode, keyId: county.signing.keyId, incarnationId: crypto.randomUUID() },
      recipient: { officeCode: city.officeCode, keyId: city.encryptionKeyId },
      seq: 1,
      prevHash: null,
      schemaVersion: SCHEMA_VERSION,
      minReaderVersion: SCHEMA_VERSION,
      createdAt: new Date().toISOString(),
    },
  });
  return {
    files: written.files.length,
    bytes: written.bytes,
    ms: performance.now() - started,
    rssBefore,
    peak: stop(),
  };
}

/** The same generator with no package: the RSS a writer adds is the difference. */
async function generate(count: number) {
  const rssBefore = process.memoryUsage().rss;
  const stop = rssSampler();
  const started = performance.now();
  let chars = 0;
  for (const line of lazyPeople(count, '321302')) {
    chars += JSON.stringify(line).length;
    if (chars % 64 === 0) await new Promise(setImmediate); // let the sampler run, as the writer's awaits do
  }
  return { chars, ms: performance.now() - started, rssBefore, peak: stop() };
}

async function main(): Promise<void> {
  const [mode, keysFile, ...rest] = process.argv.slice(2);
  const keys = JSON.parse(fs.readFileSync(keysFile!, 'utf8')) as BenchKeys;
  const result =
    mode === 'write'
      ? await write(keys, rest[0]!, Number(rest[1]))
      : mode === 'generate'
        ? await generate(Number(rest[0]))
        : await read(keys, rest);
  console.log(JSON.stringify(result));
}

void main();
