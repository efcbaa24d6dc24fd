/** Turns an imported image file into a persona photo, in the renderer, so the main process never decodes images. */
import { centreSquare, encodingAttempts, firstFitting } from './photoFit';

export type PhotoResult =
  | { readonly kind: 'ready'; readonly dataUrl: string }
  | { readonly kind: 'undecodable' }
  | { readonly kind: 'tooLarge' };

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function embeddablePhoto(mime: string, base64: string): Promise<PhotoResult> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytesOf(base64)], { type: mime }));
  } catch {
    return { kind: 'undecodable' };
  }
  try {
    const crop = centreSquare(bitmap.width, bitmap.height);
    const context = document.createElement('canvas').getContext('2d');
    if (crop.side < 1 || !context) return { kind: 'undecodable' };
    const dataUrl = firstFitting(encodingAttempts(crop.side), ({ size, quality }) => {
      context.canvas.width = size;
      context.canvas.height = size;
      // JPEG has no transparency: a transparent PNG would otherwise get black corners.
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, size, size);
      context.imageSmoothingQuality = 'high';
      context.drawImage(bitmap, crop.sx, crop.sy, crop.side, crop.side, 0, 0, size, size);
      return context.canvas.toDataURL('image/jpeg', quality);
    });
    return dataUrl ? { kind: 'ready', dataUrl } : { kind: 'tooLarge' };
  } finally {
    bitmap.close();
  }
}
