// Holders' photos through the router: a trainer sets and replaces one (audited by size, never the image), a folder's
// files are matched by the ID number in their names (misses listed with the number masked), and what is not a whole
// JPEG within 50 KB, or comes from a role that may not, is refused with its own code.
import { describe, expect, it } from 'vitest';
import type { PersonPhoto, PhotosImported } from '@core/training/photos/contract';
import { idCheckChar } from '@rules/idNumber';
import { trainingOffice, valueOf } from './course-support';

/** Bytes with a JPEG's start and end markers around `size` bytes of body. */
const jpeg = (size: number, fill = 7) =>
  Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(size, fill), Buffer.from([0xff, 0xd9])]);

describe('holders’ photos', () => {
  it('are set, replaced and removed by a trainer, and audited by size only', async () => {
    const office = await trainingOffice({ peixun: ['trainer'], kefu: ['clerk'] });
    const personId = office.people[0]!.id;
    const first = jpeg(2_000);
    valueOf(await office.call('peixun', 'training.photos.set', { personId, jpeg: first.toString('base64') }));
    const second = jpeg(3_000, 9);
    valueOf(await office.call('peixun', 'training.photos.set', { personId, jpeg: second.toString('base64') }));
    const shown = valueOf(await office.call<PersonPhoto>('kefu', 'training.photos.get', { personId }));
    expect(shown.dataUrl).toBe(`data:image/jpeg;base64,${second.toString('base64')}`);

    const audited = office.store.sqlite
      .prepare("SELECT after FROM audit_log WHERE table_name = 'person_photos' ORDER BY seq")
      .pluck()
      .all();
    expect(audited).toEqual([JSON.stringify({ bytes: 2_006 }), JSON.stringify({ bytes: 3_006 })]);

    expect(
      await office.call('kefu', 'training.photos.set', { personId, jpeg: first.toString('base64') }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    valueOf(await office.call('peixun', 'training.photos.remove', { personId }));
    expect(valueOf(await office.call<PersonPhoto>('kefu', 'training.photos.get', { personId })).dataUrl).toBeNull();
  });

  it('refuses what is not a whole JPEG of at most 50 KB, and a person who is not this office’s', async () => {
    const office = await trainingOffice({ peixun: ['trainer'] });
    const personId = office.people[1]!.id;
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const set = (bytes: Buffer, id = personId) =>
      office.call('peixun', 'training.photos.set', { personId: id, jpeg: bytes.toString('base64') });
    expect(await set(png)).toMatchObject({ ok: false, error: { code: 'PHOTO_NOT_JPEG' } });
    expect(await set(jpeg(2_000).subarray(0, 1_500))).toMatchObject({ ok: false, error: { code: 'PHOTO_NOT_JPEG' } });
    expect(await set(jpeg(51 * 1024))).toMatchObject({ ok: false, error: { code: 'PHOTO_TOO_LARGE' } });
    expect(await set(jpeg(500), '0190e6a1-0000-7000-8000-000000000000')).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(office.store.sqlite.prepare('SELECT count(*) FROM person_photos').pluck().get()).toBe(0);
  });

  it('match a folder’s files by the ID number in each name', async () => {
    const office = await trainingOffice({ peixun: ['trainer'] });
    const [a, b] = office.people;
    const stranger = '32130219880808888' + idCheckChar('32130219880808888');
    const photo = jpeg(1_000).toString('base64');
    const result = valueOf(
      await office.call<PhotosImported>('peixun', 'training.photos.import', {
        photos: [
          { name: `${a!.idNumber}.jpg`, jpeg: photo },
          { name: `${b!.name}-${b!.idNumber.toLowerCase()}.jpeg`, jpeg: photo },
          { name: '全家福.jpg', jpeg: photo },
          { name: `${stranger}.jpg`, jpeg: photo },
        ],
      }),
    );
    expect(result).toEqual({
      saved: 2,
      unmatched: [
        { name: '全家福.jpg', code: 'PHOTO_NAME_NO_ID' },
        { name: `${stranger.slice(0, 6)}********${stranger.slice(14)}.jpg`, code: 'PERSON_NOT_FOUND' },
      ],
    });
    const holders = office.store.sqlite.prepare('SELECT person_id FROM person_photos ORDER BY person_id').pluck().all();
    expect(holders).toEqual([a!.id, b!.id].sort());
  });
});
