// Storing and reading holders' photos. Each save is audited (who, whose photo, its size), never the image itself.
import { personPhotos } from '@db/schema';
import { maskIdNumber, parseIdNumber } from '@rules/idNumber';
import { appendAudit } from '../../audit/chain';
import type { CoreContext } from '../../context';
import { fail } from '../../errors';
import { limitedIdLookup } from '../../people/lookupLimit';
import { masksIds } from '../../people/query';
import { valueRead } from '../../records/reads';
import { officeCodeOf, OWN_OFFICE } from '../../stock/office';
import { PHOTO_MAX_BYTES, type PersonPhoto, type PhotoFile, type PhotosImported } from './contract';

const photoOf = valueRead<Buffer>('SELECT jpeg FROM person_photos WHERE person_id = ?');
const ownPerson = valueRead<string>(`SELECT id FROM people WHERE id = ? AND ${OWN_OFFICE} AND voided = 0`);
const personByIdNumber = valueRead<string>(
  `SELECT id FROM people WHERE id_number = ? AND ${OWN_OFFICE} AND voided = 0`,
);

/** The JPEG from base64, refused unless it is a whole JPEG (start and end markers) within the size limit. */
function jpegOf(base64: string): Buffer {
  const jpeg = Buffer.from(base64, 'base64');
  if (jpeg.length > PHOTO_MAX_BYTES) fail('PHOTO_TOO_LARGE', { kb: Math.ceil(jpeg.length / 1024), max: 50 });
  const whole = jpeg.length > 4 && jpeg[0] === 0xff && jpeg[1] === 0xd8 && jpeg.at(-2) === 0xff && jpeg.at(-1) === 0xd9;
  if (!whole) fail('PHOTO_NOT_JPEG');
  return jpeg;
}

function store(ctx: CoreContext, personId: string, jpeg: Buffer): void {
  const row = {
    personId,
    officeCode: officeCodeOf(ctx),
    jpeg,
    bytes: jpeg.length,
    updatedAt: ctx.now().toISOString(),
    updatedBy: ctx.actor?.username ?? '',
  };
  ctx.store.orm.insert(personPhotos).values(row).onConflictDoUpdate({ target: personPhotos.personId, set: row }).run();
  appendAudit(ctx, {
    method: ctx.method,
    tableName: 'person_photos',
    recordId: personId,
    after: { bytes: jpeg.length },
  });
}

export function photoDataUrl(ctx: CoreContext, personId: string): string | null {
  const jpeg = photoOf.on(ctx.store.sqlite).get(personId);
  return jpeg ? `data:image/jpeg;base64,${jpeg.toString('base64')}` : null;
}

export function personPhoto(ctx: CoreContext, personId: string): PersonPhoto {
  return { personId, dataUrl: photoDataUrl(ctx, personId) };
}

export function setPhoto(ctx: CoreContext, personId: string, base64: string): PersonPhoto {
  if (!ownPerson.on(ctx.store.sqlite).get(personId)) fail('NOT_FOUND', { what: 'person', id: personId });
  store(ctx, personId, jpegOf(base64));
  return personPhoto(ctx, personId);
}

export function removePhoto(ctx: CoreContext, personId: string): PersonPhoto {
  const removed = ctx.store.sqlite.prepare('DELETE FROM person_photos WHERE person_id = ?').run(personId);
  if (removed.changes)
    appendAudit(ctx, { method: ctx.method, tableName: 'person_photos', recordId: personId, after: { removed: true } });
  return { personId, dataUrl: null };
}

const ID_IN_NAME = /\d{17}[\dXx]|\d{15}/;

/** Each file is matched by the ID number in its name; a full-ID lookup is braked for users who may not reveal IDs. */
export function importPhotos(ctx: CoreContext, files: readonly PhotoFile[]): PhotosImported {
  const find = personByIdNumber.on(ctx.store.sqlite);
  const masked = masksIds(ctx);
  const unmatched: PhotosImported['unmatched'] = [];
  let saved = 0;
  for (const file of files) {
    const parsed = parseIdNumber(ID_IN_NAME.exec(file.name)?.[0] ?? '');
    if (!parsed.ok) {
      unmatched.push({ name: file.name, code: 'PHOTO_NAME_NO_ID' });
      continue;
    }
    const lookUp = () => find.get(parsed.idNumber);
    const personId = masked ? limitedIdLookup(ctx, parsed.idNumber, lookUp) : lookUp();
    if (!personId) {
      unmatched.push({ name: file.name.replace(ID_IN_NAME, maskIdNumber(parsed.idNumber)), code: 'PERSON_NOT_FOUND' });
      continue;
    }
    store(ctx, personId, jpegOf(file.jpeg));
    saved++;
  }
  return { saved, unmatched };
}
