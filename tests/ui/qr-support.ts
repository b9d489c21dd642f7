// Reading a QR code back from what the page rendered, as a phone or scanner would.
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';

/** The QR as the page drew it, read back by a QR decoder from the rendered pixels. */
export async function renderedQr(page: Page, selector: string): Promise<string | null> {
  const pixels = await page
    .locator(selector)
    .first()
    .evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 480;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#fff';
      context.fillRect(0, 0, 480, 480);
      context.drawImage(img, 0, 0, 480, 480);
      return Array.from(context.getImageData(0, 0, 480, 480).data);
    });
  return jsQR(Uint8ClampedArray.from(pixels), 480, 480)?.data ?? null;
}
