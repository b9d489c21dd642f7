// Holders' photos -> core.
import type { HandlersFor } from '../../handler';
import type { TrainingPhotoMethodName } from './methods';
import { importPhotos, personPhoto, removePhoto, setPhoto } from './photos';

export const trainingPhotoHandlers: HandlersFor<TrainingPhotoMethodName> = {
  'training.photos.get': (ctx, input) => personPhoto(ctx, input.personId),
  'training.photos.set': (ctx, input) => setPhoto(ctx, input.personId, input.jpeg),
  'training.photos.remove': (ctx, input) => removePhoto(ctx, input.personId),
  'training.photos.import': (ctx, input) => importPhotos(ctx, input.photos),
};
