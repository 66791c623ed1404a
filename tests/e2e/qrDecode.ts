import jsQR from 'jsqr';
import type { Locator } from '@playwright/test';
import { expect } from './fixtures.ts';

/**
 * Reads a QR code the way a phone would: from the pixels on screen. The pixels cross over as base64 (a JSON number
 * array of a 600 × 600 canvas is millions of characters and took tens of seconds on a loaded machine).
 */
export async function decodeQr(image: Locator, size = 600): Promise<string | null> {
  await expect(image).toHaveJSProperty('complete', true);
  const margin = Math.round(size / 15);
  const pixels = await image.evaluate(
    (img: HTMLImageElement, { size, margin }) => {
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, size, size);
      ctx.drawImage(img, margin, margin, size - 2 * margin, size - 2 * margin);
      const bytes = ctx.getImageData(0, 0, size, size).data;
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    },
    { size, margin },
  );
  return jsQR(new Uint8ClampedArray(Buffer.from(pixels, 'base64')), size, size)?.data ?? null;
}
