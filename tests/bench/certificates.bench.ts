// The certificate QR at a course's and a checker's scale: signing the codes of a 500-trainee course (part of
// issuing it, target <= 1 s in all), verifying 1,000 scanned codes (target <= 1 s), and drawing a course's QR
// images for the batch print. Pure work (no database): the signing key as loadKeyRing unlocks it.
import { generateKeyPairSync } from 'node:crypto';
import { keyIdOf, rawPublicKey } from '../../electron/core/exchange/keys/material';
import {
  certificateQrSvg,
  certificateQrText,
  signerList,
  verifyCertificateCode,
  type CertificateFacts,
  type CertificateSigner,
  type CertificateSigningKey,
} from '../../electron/core/training/certificates';
import { certificateExpiry } from '../../rules/training/certificateDates';
import {
  DEFAULT_CERTIFICATE_PATTERN,
  formatCertificateNumber,
  parseNumberPattern,
} from '../../rules/training/certificateNumber';
import { generatePeople } from '../fixtures/people';
import type { Bench } from './types';

const COURSE = 500;
const SCANS = 1000;
const COUNTIES = 8;
const RUNS = 7;
/** Drawing is slow (the qrcode package tries all eight masks): fewer runs keep the bench short. */
const DRAW_RUNS = 2;

function county(index: number): { key: CertificateSigningKey; signer: CertificateSigner } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = rawPublicKey(publicKey);
  const officeCode = String(321301 + index);
  return {
    key: { keyId: keyIdOf(raw), privateKey },
    signer: { officeCode, officeName: `${officeCode}红十字会`, publicKey: raw, trusted: true },
  };
}

function courseFacts(officeCode: string, count: number, seed: number): CertificateFacts[] {
  const parsed = parseNumberPattern(DEFAULT_CERTIFICATE_PATTERN);
  if (!parsed.ok) throw new Error(parsed.code);
  return generatePeople(count, seed).map((person, i) => ({
    number: formatCertificateNumber(parsed.pattern, { office: officeCode, year: 2026, seq: 1 + i }),
    officeCode,
    kind: '救护员',
    name: person.name,
    idNumber: person.idNumber,
    issued: '2026-06-30',
    expires: certificateExpiry('2026-06-30'),
  }));
}

async function measure(
  work: () => unknown,
  runs = RUNS,
): Promise<{ wall: number; cpu: number; wallMax: number; cpuMax: number }> {
  await work(); // warm: the first call compiles the code paths
  const walls: number[] = [],
    cpus: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now(),
      cpuStarted = process.cpuUsage();
    await work();
    walls.push(performance.now() - started);
    const used = process.cpuUsage(cpuStarted);
    cpus.push((used.user + used.system) / 1000);
  }
  const mid = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  return { wall: mid(walls), cpu: mid(cpus), wallMax: Math.max(...walls), cpuMax: Math.max(...cpus) };
}

export const certificatesBench: Bench = async () => {
  const counties = Array.from({ length: COUNTIES }, (_, i) => county(i));
  const issuer = counties[0]!;
  const course = courseFacts(issuer.signer.officeCode, COURSE, 5);
  const scans = counties.flatMap((c, i) =>
    courseFacts(c.signer.officeCode, SCANS / COUNTIES, 100 + i).map((facts) => certificateQrText(facts, c.key)),
  );
  const signers = signerList(counties.map((c) => c.signer));
  let refused = 0;
  const sign = await measure(() => course.map((facts) => certificateQrText(facts, issuer.key)));
  const verify = await measure(() => {
    refused = scans.filter((text) => !verifyCertificateCode(text, signers).ok).length;
  });
  const codes = course.map((facts) => certificateQrText(facts, issuer.key));
  const draw = await measure(() => Promise.all(codes.map((text) => certificateQrSvg(text))), DRAW_RUNS);
  const row = (what: string, m: Awaited<ReturnType<typeof measure>>, target: string) => [
    what,
    m.wall.toFixed(1),
    m.wallMax.toFixed(1),
    m.cpu.toFixed(1),
    m.cpuMax.toFixed(1),
    target,
  ];
  return [
    {
      title: `Certificate QR codes: a ${COURSE}-trainee course, ${SCANS} scans from ${COUNTIES} offices (median of ${RUNS} runs, drawing ${DRAW_RUNS})`,
      columns: ['measure', 'p50 ms', 'max ms', 'cpu p50 ms', 'cpu max ms', 'target ms'],
      rows: [
        row(`sign ${COURSE} codes (COSE_Sign1, Ed25519, Base45)`, sign, '<= 1000 with the issue'),
        row(`verify ${SCANS} codes`, verify, '<= 1000'),
        row(`draw ${COURSE} QR images (SVG, level Q)`, draw, '-'),
      ],
      notes: [
        `${refused} of ${SCANS} scans refused (expected 0); code length ${Math.min(...codes.map((c) => c.length))}-${Math.max(...codes.map((c) => c.length))} characters`,
      ],
    },
  ];
};
