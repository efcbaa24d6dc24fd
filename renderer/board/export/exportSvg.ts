/** SVG: the whole map through the SVG context, text as text. */
import { mapRegion } from '../../model/export/regions';
import { runSteps, type Slicing } from '../../model/slices';
import { type MapPicture, paintRegionSteps } from './paintMapRegion';
import { SvgContext } from './svgContext';

export async function exportSvg(picture: MapPicture, onProgress: (done: number, total: number) => void, slicing: Slicing): Promise<Uint8Array> {
  const region = mapRegion(picture.layout);
  const ctx = new SvgContext();
  await runSteps(paintRegionSteps(ctx, picture, region), (step) => onProgress(step.done, step.total), slicing);
  return new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>\n${ctx.toSvg(region.viewport.width, region.viewport.height)}\n`);
}
