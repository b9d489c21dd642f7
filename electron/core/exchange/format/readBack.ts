// The writer's read-back: every part checked as a recipient would, with the sender's own key standing in for the
// trust list and the file key it still holds standing in for the recipient's private key.
import type { OfficeKeyRing, TrustLookup } from '../types';
import { checkReadable, checkSigned, readPart } from './inspect';
import { orderParts } from './parts';
import { inflatedPayload } from './payload';

export async function checkWritten(files: string[], keys: OfficeKeyRing, fileKey: Buffer): Promise<void> {
  const self: TrustLookup = {
    office: (code) => code === keys.officeCode
      ? { officeCode: code, name: code, role: 'county', signingKeyId: keys.signing.keyId, signingPublicKey: keys.signing.publicKey,
        encryptionKeyId: keys.encryption.keyId, encryptionPublicKey: keys.encryption.publicKey, fingerprint: '' }
      : undefined,
  };
  const parts = [];
  for (const file of files) {
    const part = await readPart(file);
    checkSigned(part, self);
    checkReadable(part);
    parts.push(part);
  }
  for await (const _ of inflatedPayload(orderParts(parts), fileKey)) { /* sizes and every chunk tag checked on the way */ }
}
