// The writer's read-back. What it must prove before the clerk is told "ready": the bytes now on the disk are
// exactly the bytes the writer produced, and a recipient's reader accepts them. Both by hashing, not by
// decrypting again: every part goes through the reader's own envelope, header and signature checks (which
// hash every byte read back), its payload SHA-256 must equal the one taken while the chunks were sealed (so
// nothing changed on the way through the spool either), and its whole-file SHA-256 must equal the one
// computed while it was written (so it is this write, not a stale file of the same name). That the
// sealed chunks open and inflate is a property of the writer's code, proven by the format tests, which
// decrypt every package they write; a second decrypt + decompress here cost 0.5-1.3 s of CPU on 250,000
// people, about as much as everything else the writer does.
import type { OfficeKeyRing, TrustLookup } from '../types';
import { refuse } from './errors';
import { checkReadable, checkSigned, readPart } from './inspect';
import { orderParts } from './parts';

/** One part as the writer produced it: the SHA-256 it put in the trailer. */
export interface WrittenPart {
  file: string;
  sha256: string;
}

export async function checkWritten(written: WrittenPart[], keys: OfficeKeyRing): Promise<void> {
  const self: TrustLookup = {
    office: (code) =>
      code === keys.officeCode
        ? {
            officeCode: code,
            name: code,
            role: 'county',
            signingKeyId: keys.signing.keyId,
            signingPublicKey: keys.signing.publicKey,
            encryptionKeyId: keys.encryption.keyId,
            encryptionPublicKey: keys.encryption.publicKey,
            fingerprint: '',
          }
        : undefined,
  };
  const parts = [];
  for (const { file, sha256 } of written) {
    const part = await readPart(file);
    checkSigned(part, self);
    checkReadable(part);
    // Whole and signed, yet not this write: a stale file of the same name, or a device that kept an old copy.
    if (part.envelope.sha256 !== sha256) refuse('PKG_CHECKSUM_MISMATCH', { file, reason: 'not the bytes written' });
    parts.push(part);
  }
  orderParts(parts);
}
