// A photo as the certificate prints it: scaled into a 2-inch ID photo's box and encoded as a JPEG of at most
// 50 KB (the quality stepped down, then the size, until it fits), on a white ground for transparent PNGs.
import { PHOTO_MAX_BYTES } from '@core/training/photos/contract';

const BOX = { width: 390, height: 567 };
const QUALITIES = [0.86, 0.72, 0.58, 0.45];

function jpegBlob(canvas: HTMLCanvasElement, quality: number): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
}

async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

/** The JPEG's base64, or null when the file is not a picture the browser can read. */
export async function photoJpeg(file: Blob): Promise<string | null> {
  let image: ImageBitmap;
  try {
    image = await createImageBitmap(file);
  } catch {
    return null;
  }
  let scale = Math.min(1, BOX.width / image.width, BOX.height / image.height);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d')!;
  for (let attempt = 0; attempt < 6; attempt++, scale *= 0.7) {
    canvas.width = Math.max(1, Math.round(image.width * scale));
    canvas.height = Math.max(1, Math.round(image.height * scale));
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    for (const quality of QUALITIES) {
      const blob = await jpegBlob(canvas, quality);
      if (blob && blob.size <= PHOTO_MAX_BYTES) return base64Of(blob);
    }
  }
  return null;
}
