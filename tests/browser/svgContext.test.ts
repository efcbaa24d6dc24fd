/** The SVG PaintContext on its own: what the paint functions' canvas calls become. */
import { describe, expect, it } from 'vitest';
import { SvgContext } from '../../renderer/board/export/svgContext';
import { iconPath, FACE_ICONS } from '../../renderer/board/icons';
import { FONT_FAMILY } from '../../renderer/board/theme';
import { exportMap } from '../../renderer/board/export/exportMap';
import { exportInput, loadFonts, templateMap } from './exportHarness';

const parse = (text: string) => {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc.documentElement;
};

describe('SvgContext', () => {
  it('writes one <text> per fillText, on the baseline a canvas uses for top and middle, with the weight and escaped text', async () => {
    await loadFonts();
    const ctx = new SvgContext();
    ctx.font = `700 20px ${FONT_FAMILY}`;
    ctx.textBaseline = 'top';
    ctx.fillStyle = 'rgba(17, 24, 39, 0.5)';
    ctx.fillText('A & <B>', 10, 100);
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'center';
    ctx.fillText('Ż', 50, 100);
    const svg = parse(ctx.toSvg(200, 200));
    const [top, middle] = [...svg.querySelectorAll('text')];
    expect(top!.textContent).toBe('A & <B>');
    expect(top!.getAttribute('font-weight')).toBe('bold');
    expect(top!.getAttribute('fill')).toBe('rgb(17,24,39)');
    expect(top!.getAttribute('fill-opacity')).toBe('0.5');
    // The alphabetic baseline lies below the top of the em box and below the middle, as on a canvas.
    const canvas = document.createElement('canvas').getContext('2d')!;
    canvas.font = `700 20px ${FONT_FAMILY}`;
    canvas.textBaseline = 'top';
    expect(Number(top!.getAttribute('y'))).toBeCloseTo(100 - canvas.measureText('Hg').alphabeticBaseline, 1);
    expect(Number(top!.getAttribute('y'))).toBeGreaterThan(110);
    expect(Number(middle!.getAttribute('y'))).toBeGreaterThan(100);
    expect(Number(middle!.getAttribute('y'))).toBeLessThan(Number(top!.getAttribute('y')));
    expect(middle!.getAttribute('text-anchor')).toBe('middle');
  });

  it('folds translate and scale into coordinates, keeps rotation as a transform, and closes clip groups on restore', () => {
    const ctx = new SvgContext();
    ctx.save();
    ctx.translate(100, 50);
    ctx.scale(2, 2);
    ctx.beginPath();
    ctx.arc(0, 0, 10, 0, Math.PI * 2);
    ctx.clip();
    ctx.fillStyle = '#ff0000';
    ctx.fillRect(-5, -5, 10, 10);
    ctx.restore();
    ctx.save();
    ctx.translate(10, 10);
    ctx.rotate(-Math.PI / 2);
    ctx.fillText('up', 0, 0);
    ctx.restore();
    const svg = parse(ctx.toSvg(300, 300));
    const rect = svg.querySelector('g[clip-path] rect')!;
    expect([rect.getAttribute('x'), rect.getAttribute('y'), rect.getAttribute('width')]).toEqual(['90', '40', '20']);
    expect(svg.querySelector('clipPath path')!.getAttribute('d')).toMatch(/^M120 50A20 20 0 1 1 80 50A20 20 0 1 1 120 50/);
    // The rotated text is outside the clip group, which restore() closed.
    const text = svg.querySelector('text')!;
    expect(text.closest('g[clip-path]')).toBeNull();
    expect(text.getAttribute('transform')).toMatch(/^matrix\(0 -1 1 0 10 10\)$/);
  });

  it('strokes an icon Path2D from its path data, in the icon transform', () => {
    const ctx = new SvgContext();
    ctx.translate(20, 20);
    ctx.scale(0.5, 0.5);
    ctx.strokeStyle = '#2563eb';
    ctx.lineWidth = 2;
    ctx.stroke(iconPath(FACE_ICONS[6]!));
    const path = parse(ctx.toSvg(50, 50)).querySelector('path')!;
    expect(path.getAttribute('d')!.length).toBeGreaterThan(10);
    expect(path.getAttribute('transform')).toBe('matrix(0.5 0 0 0.5 20 20)');
    expect(path.getAttribute('stroke-width')).toBe('2');
  });

  it('cuts what it drew into chunks that are whole documents, the open clip repeated around each', () => {
    const ctx = new SvgContext();
    ctx.save();
    ctx.beginPath();
    ctx.moveTo(0, 0);
    ctx.lineTo(10, 0);
    ctx.lineTo(10, 10);
    ctx.clip();
    ctx.fillRect(0, 0, 5, 5);
    const first = parse(ctx.takeChunk(10, 10));
    ctx.fillRect(1, 1, 5, 5);
    ctx.restore();
    ctx.fillRect(2, 2, 5, 5);
    const second = parse(ctx.takeChunk(10, 10));
    expect(first.querySelectorAll('g[clip-path] rect')).toHaveLength(1);
    expect(second.querySelectorAll('g[clip-path] rect')).toHaveLength(1);
    expect(second.querySelector('clipPath')).not.toBeNull();
    expect(second.querySelectorAll(':scope > rect')).toHaveLength(1);
  });
});

describe('exportMap', () => {
  it('reports progress up to the total, and an aborted export rejects with the reason and returns no file', async () => {
    const input = await exportInput(templateMap('en'), 'en');
    const progress: [number, number][] = [];
    await exportMap({ format: 'svg' }, input, (done, total) => progress.push([done, total]));
    expect(progress.length).toBeGreaterThan(2);
    const [done, total] = progress.at(-1)!;
    expect(done).toBe(total);
    const pngProgress: [number, number][] = [];
    await exportMap({ format: 'png', region: { kind: 'map' }, scale: 1, background: 'white' }, input, (d, t) => pngProgress.push([d, t]));
    expect(pngProgress.at(-1)![0]).toBe(pngProgress.at(-1)![1]);
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(exportMap({ format: 'pdf', paper: 'A4', orientation: 'auto', pagePerStage: false, coverPage: false }, input, () => {}, controller.signal)).rejects.toThrow('cancelled');
    await expect(exportMap({ format: 'png', region: { kind: 'map' }, scale: 1, background: 'white' }, input, () => {}, controller.signal)).rejects.toThrow('cancelled');
  });

  it('says which stage is missing instead of drawing nothing', async () => {
    const input = await exportInput(templateMap('en'), 'en');
    await expect(exportMap({ format: 'png', region: { kind: 'stage', stageId: 'gone' }, scale: 1, background: 'white' }, input, () => {})).rejects.toThrow('gone');
  });
});
