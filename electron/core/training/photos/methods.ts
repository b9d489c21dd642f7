// Holders' photos: trainers set, replace and remove them; whoever reads the register sees them.
import { z } from 'zod';
import { method, text } from '@api/method';
import { TRAINERS, TRAINING_READERS } from '../kinds/methods';
import { PHOTO_MAX_BYTES, type PersonPhoto, type PhotosImported } from './contract';

/** Base64 of a JPEG (4 characters per 3 bytes), up to twice the limit so that the core can say how large it is. */
const jpeg = z
  .string()
  .min(8)
  .max(Math.ceil((2 * PHOTO_MAX_BYTES) / 3) * 4)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/);
const personId = z.uuid();
const PHOTOS_PER_CALL = 50;

export const trainingPhotoMethods = {
  'training.photos.get': method<PersonPhoto>()({
    effect: 'read',
    input: z.object({ personId }),
    access: TRAINING_READERS,
  }),
  'training.photos.set': method<PersonPhoto>()({
    effect: 'write',
    input: z.object({ personId, jpeg }),
    access: TRAINERS,
  }),
  'training.photos.remove': method<PersonPhoto>()({
    effect: 'write',
    input: z.object({ personId }),
    access: TRAINERS,
  }),
  /** A batch of a folder's photos, each matched by the ID number in its file name. */
  'training.photos.import': method<PhotosImported>()({
    effect: 'write',
    input: z.object({
      photos: z
        .array(z.object({ name: text(255), jpeg }))
        .min(1)
        .max(PHOTOS_PER_CALL),
    }),
    access: TRAINERS,
  }),
} as const;

export type TrainingPhotoMethodName = keyof typeof trainingPhotoMethods;
