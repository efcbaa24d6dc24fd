import { MAX_IMAGE_FILE_BYTES, type ImageOutcome } from '../ipc-contract';
import { FileProblem, toFileError } from '../files/fileErrors';
import type { FileService } from '../files/fileService';
import { sniffImageMime } from '../files/imageType';
import type { DialogPort } from './ports';

/** Lets the user pick an image and hands its bytes to the renderer; no path leaves the main process. */
export async function importImage(files: FileService, dialogs: DialogPort): Promise<ImageOutcome> {
  const picked = await dialogs.chooseImage();
  if (picked === null) return { kind: 'canceled' };
  try {
    const bytes = await files.readBytes(picked, MAX_IMAGE_FILE_BYTES);
    const mime = sniffImageMime(bytes);
    if (!mime) throw new FileProblem('io', `${picked} is not a PNG, JPEG, WebP or GIF image`);
    return { kind: 'picked', mime, base64: bytes.toString('base64') };
  } catch (error) {
    return { kind: 'error', error: toFileError(error) };
  }
}
