/**
 * A PaintContext that writes SVG: the paint functions draw a vector file
 * through it exactly as they draw the board.
 *
 * Our own, small, because the maintained canvas-to-SVG libraries (svgcanvas,
 * canvas2svg) build a live DOM node per call (slow at 10,000 text lines), lack
 * `roundRect` and `stroke(Path2D)`, and cannot be cut into chunks for svg2pdf.
 * Choices:
 * - one `<text>` per fillText call, in the bundled font's family, placed on its
 *   alphabetic baseline (measured with a real canvas, so `top` and `middle`
 *   land where the canvas puts them);
 * - paths are transformed to the root as they are built (the paint code only
 *   translates, rotates and scales uniformly), so most elements carry no transform;
 * - clip() opens a `<g clip-path>` that restore() closes, as the canvas state stack does;
 * - a Path2D is stroked from the path data `tracedPath` kept (the icons);
 * - `takeChunk()` hands over what was drawn since the last chunk as a complete
 *   SVG document (the open clip groups repeated around it), so a PDF can be
 *   converted a slice at a time.
 *
 * Over 300 lines: it is one class for the whole canvas surface the paint
 * functions use (paths, text, clips, the state stack), and those share its
 * matrix and open groups; split, that state would cross files.
 */
import type { PaintContext } from '../paint/paintContext';
import { pathDataOf } from '../paint/tracedPath';
import { FONT_FAMILY } from '../theme';

type Matrix = [number, number, number, number, number, number];

interface State {
  fillStyle: string;
  strokeStyle: string;
  lineWidth: number;
  lineCap: CanvasLineCap;
  lineJoin: CanvasLineJoin;
  globalAlpha: number;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
  dash: number[];
  matrix: Matrix;
  /** Clip groups opened since the matching save(). */
  groups: number;
}

const num = (v: number): string => String(Math.round(v * 100) / 100);

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `rgba(r, g, b, a)` becomes `rgb(r, g, b)` and an opacity: SVG 1.1 readers (and svg2pdf) take no alpha in a colour. */
function paint(style: string, alpha: number): { color: string; opacity: number } {
  const m = /^rgba\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*\)$/.exec(style);
  if (m) return { color: `rgb(${m[1]},${m[2]},${m[3]})`, opacity: alpha * Number(m[4]) };
  return { color: style, opacity: alpha };
}

const FONT = /^\s*(?:(italic|oblique)\s+)?(?:(normal|bold|[1-9]00)\s+)?([\d.]+)px\s+(.+)$/;

interface ParsedFont {
  readonly size: number;
  readonly attributes: string;
}

const ANCHOR: Record<CanvasTextAlign, string> = { left: '', start: '', center: ' text-anchor="middle"', right: ' text-anchor="end"', end: ' text-anchor="end"' };

function svgFamily(family: string): string {
  return family.replace(/"/g, "'");
}

const ROOT_FAMILY = svgFamily(FONT_FAMILY);

export class SvgContext implements PaintContext {
  private state: State = {
    fillStyle: '#000000',
    strokeStyle: '#000000',
    lineWidth: 1,
    lineCap: 'butt',
    lineJoin: 'miter',
    globalAlpha: 1,
    font: `10px ${FONT_FAMILY}`,
    textAlign: 'start',
    textBaseline: 'alphabetic',
    dash: [],
    matrix: [1, 0, 0, 1, 0, 0],
    groups: 0,
  };
  private readonly stack: State[] = [];
  private parts: string[] = [];
  /** Opening tags of the groups open now, and of those open when the current chunk began. */
  private readonly open: string[] = [];
  private chunkStart: string[] = [];
  private path = '';
  private hasPoint = false;
  private nextId = 0;
  private readonly fonts = new Map<string, ParsedFont>();
  private readonly baselines = new Map<string, number>();
  private readonly measurer: CanvasRenderingContext2D;

  constructor() {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('2D canvas is not available');
    this.measurer = context;
  }

  /* ---------- state ---------- */

  get fillStyle(): string { return this.state.fillStyle; }
  set fillStyle(v: string | CanvasGradient | CanvasPattern) { if (typeof v === 'string') this.state.fillStyle = v; }
  get strokeStyle(): string { return this.state.strokeStyle; }
  set strokeStyle(v: string | CanvasGradient | CanvasPattern) { if (typeof v === 'string') this.state.strokeStyle = v; }
  get lineWidth(): number { return this.state.lineWidth; }
  set lineWidth(v: number) { this.state.lineWidth = v; }
  get lineCap(): CanvasLineCap { return this.state.lineCap; }
  set lineCap(v: CanvasLineCap) { this.state.lineCap = v; }
  get lineJoin(): CanvasLineJoin { return this.state.lineJoin; }
  set lineJoin(v: CanvasLineJoin) { this.state.lineJoin = v; }
  get globalAlpha(): number { return this.state.globalAlpha; }
  set globalAlpha(v: number) { this.state.globalAlpha = v; }
  get font(): string { return this.state.font; }
  set font(v: string) { this.state.font = v; }
  get textAlign(): CanvasTextAlign { return this.state.textAlign; }
  set textAlign(v: CanvasTextAlign) { this.state.textAlign = v; }
  get textBaseline(): CanvasTextBaseline { return this.state.textBaseline; }
  set textBaseline(v: CanvasTextBaseline) { this.state.textBaseline = v; }

  save(): void {
    this.stack.push(this.state);
    this.state = { ...this.state, dash: [...this.state.dash], matrix: [...this.state.matrix], groups: 0 };
  }

  restore(): void {
    const previous = this.stack.pop();
    if (!previous) return;
    for (let i = 0; i < this.state.groups; i++) this.closeGroup();
    this.state = previous;
  }

  translate(x: number, y: number): void {
    const m = this.state.matrix;
    m[4] += m[0] * x + m[2] * y;
    m[5] += m[1] * x + m[3] * y;
  }

  scale(x: number, y: number): void {
    const m = this.state.matrix;
    m[0] *= x;
    m[1] *= x;
    m[2] *= y;
    m[3] *= y;
  }

  rotate(angle: number): void {
    const [a, b, c, d] = this.state.matrix;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    this.state.matrix[0] = a * cos + c * sin;
    this.state.matrix[1] = b * cos + d * sin;
    this.state.matrix[2] = c * cos - a * sin;
    this.state.matrix[3] = d * cos - b * sin;
  }

  setLineDash(segments: number[]): void {
    this.state.dash = [...segments];
  }

  /* ---------- paths, in root coordinates ---------- */

  private point(x: number, y: number): string {
    const m = this.state.matrix;
    return `${num(m[0] * x + m[2] * y + m[4])} ${num(m[1] * x + m[3] * y + m[5])}`;
  }

  /** How much the current transform scales lengths (it is a similarity). */
  private unit(): number {
    const m = this.state.matrix;
    return Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
  }

  beginPath(): void {
    this.path = '';
    this.hasPoint = false;
  }

  moveTo(x: number, y: number): void {
    this.path += `M${this.point(x, y)}`;
    this.hasPoint = true;
  }

  lineTo(x: number, y: number): void {
    this.path += `${this.hasPoint ? 'L' : 'M'}${this.point(x, y)}`;
    this.hasPoint = true;
  }

  bezierCurveTo(cp1x: number, cp1y: number, cp2x: number, cp2y: number, x: number, y: number): void {
    if (!this.hasPoint) this.moveTo(cp1x, cp1y);
    this.path += `C${this.point(cp1x, cp1y)} ${this.point(cp2x, cp2y)} ${this.point(x, y)}`;
  }

  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number): void {
    // Endpoints are transformed; a similarity keeps the sweep's direction, so the flags stay.
    const r = num(radius * this.unit());
    const at = (angle: number) => this.point(x + radius * Math.cos(angle), y + radius * Math.sin(angle));
    this.path += `${this.hasPoint ? 'L' : 'M'}${at(startAngle)}`;
    this.hasPoint = true;
    const sweep = endAngle - startAngle;
    if (sweep >= Math.PI * 2 - 1e-9) {
      // A whole circle is two half arcs: one SVG arc cannot start and end at the same point.
      this.path += `A${r} ${r} 0 1 1 ${at(startAngle + Math.PI)}A${r} ${r} 0 1 1 ${at(startAngle)}`;
      return;
    }
    const delta = ((sweep % (Math.PI * 2)) + Math.PI * 2) % (Math.PI * 2);
    this.path += `A${r} ${r} 0 ${delta > Math.PI ? 1 : 0} 1 ${at(startAngle + delta)}`;
  }

  roundRect(x: number, y: number, width: number, height: number, radius: number): void {
    const r = Math.max(0, Math.min(radius, width / 2, height / 2));
    this.moveTo(x + r, y);
    this.arc(x + width - r, y + r, r, -Math.PI / 2, 0);
    this.arc(x + width - r, y + height - r, r, 0, Math.PI / 2);
    this.arc(x + r, y + height - r, r, Math.PI / 2, Math.PI);
    this.arc(x + r, y + r, r, Math.PI, Math.PI * 1.5);
    this.path += 'Z';
  }

  private fillAttributes(): string {
    const { color, opacity } = paint(this.state.fillStyle, this.state.globalAlpha);
    return `fill="${color}"${opacity < 1 ? ` fill-opacity="${num(opacity)}"` : ''}`;
  }

  /** Stroke attributes for a line width in local units, times `unit` (1 when the element carries the transform). */
  private strokeAttributes(unit: number): string {
    const { color, opacity } = paint(this.state.strokeStyle, this.state.globalAlpha);
    const s = this.state;
    return (
      `fill="none" stroke="${color}" stroke-width="${num(s.lineWidth * unit)}"` +
      (opacity < 1 ? ` stroke-opacity="${num(opacity)}"` : '') +
      (s.lineCap !== 'butt' ? ` stroke-linecap="${s.lineCap}"` : '') +
      (s.lineJoin !== 'miter' ? ` stroke-linejoin="${s.lineJoin}"` : '') +
      (s.dash.length > 0 ? ` stroke-dasharray="${s.dash.map((d) => num(d * unit)).join(' ')}"` : '')
    );
  }

  private transformAttribute(): string {
    const m = this.state.matrix;
    return m[0] === 1 && m[1] === 0 && m[2] === 0 && m[3] === 1 && m[4] === 0 && m[5] === 0 ? '' : ` transform="matrix(${m.map(num).join(' ')})"`;
  }

  fill(): void {
    if (this.path) this.parts.push(`<path d="${this.path}" ${this.fillAttributes()}/>`);
  }

  stroke(path?: Path2D): void {
    if (path) {
      const d = pathDataOf(path);
      if (d) this.parts.push(`<path d="${d}" ${this.strokeAttributes(1)}${this.transformAttribute()}/>`);
      return;
    }
    if (this.path) this.parts.push(`<path d="${this.path}" ${this.strokeAttributes(this.unit())}/>`);
  }

  clip(): void {
    const id = `c${this.nextId++}`;
    this.openGroup(`<clipPath id="${id}"><path d="${this.path || 'M0 0'}"/></clipPath><g clip-path="url(#${id})">`);
    this.state.groups++;
  }

  /* ---------- rectangles ---------- */

  /** `attributes(unit)`: paint attributes for lengths scaled by `unit` (where the transform is folded into the coordinates). */
  private rect(x: number, y: number, width: number, height: number, attributes: (unit: number) => string): void {
    const m = this.state.matrix;
    if (m[1] === 0 && m[2] === 0 && m[0] > 0 && m[0] === m[3]) {
      this.parts.push(
        `<rect x="${num(m[0] * x + m[4])}" y="${num(m[3] * y + m[5])}" width="${num(m[0] * width)}" height="${num(m[3] * height)}" ${attributes(m[0])}/>`,
      );
      return;
    }
    this.parts.push(`<rect x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}" ${attributes(1)}${this.transformAttribute()}/>`);
  }

  fillRect(x: number, y: number, width: number, height: number): void {
    this.rect(x, y, width, height, () => this.fillAttributes());
  }

  strokeRect(x: number, y: number, width: number, height: number): void {
    this.rect(x, y, width, height, (unit) => this.strokeAttributes(unit));
  }

  /* ---------- text ---------- */

  private parsedFont(): ParsedFont {
    const font = this.state.font;
    let parsed = this.fonts.get(font);
    if (!parsed) {
      const m = FONT.exec(font);
      const size = m ? Number(m[3]) : 10;
      const weight = m?.[2] === 'bold' || Number(m?.[2]) >= 600 ? ' font-weight="bold"' : '';
      const style = m?.[1] ? ' font-style="italic"' : '';
      const family = m && svgFamily(m[4]!) !== ROOT_FAMILY ? ` font-family="${escapeXml(svgFamily(m[4]!))}"` : '';
      parsed = { size, attributes: `${weight}${style}${family}` };
      this.fonts.set(font, parsed);
    }
    return parsed;
  }

  /** How far below `y` the alphabetic baseline lies for the current font and textBaseline. */
  private baselineShift(): number {
    const key = `${this.state.font}|${this.state.textBaseline}`;
    let shift = this.baselines.get(key);
    if (shift === undefined) {
      this.measurer.font = this.state.font;
      this.measurer.textBaseline = this.state.textBaseline;
      shift = -this.measurer.measureText('Hg').alphabeticBaseline;
      this.baselines.set(key, shift);
    }
    return shift;
  }

  private text(text: string, x: number, y: number, paintAttributes: (unit: number) => string): void {
    if (text === '') return;
    const font = this.parsedFont();
    const m = this.state.matrix;
    const shift = this.baselineShift();
    const anchor = ANCHOR[this.state.textAlign];
    let place: string;
    let unit = 1;
    if (m[1] === 0 && m[2] === 0 && m[0] === m[3] && m[0] > 0) {
      unit = m[0];
      place = `x="${num(m[0] * x + m[4])}" y="${num(m[3] * (y + shift) + m[5])}" font-size="${num(font.size * m[0])}"`;
    } else {
      place = `x="${num(x)}" y="${num(y + shift)}" font-size="${num(font.size)}"${this.transformAttribute()}`;
    }
    this.parts.push(`<text ${place}${font.attributes}${anchor} ${paintAttributes(unit)}>${escapeXml(text)}</text>`);
  }

  fillText(text: string, x: number, y: number): void {
    this.text(text, x, y, () => this.fillAttributes());
  }

  strokeText(text: string, x: number, y: number): void {
    this.text(text, x, y, (unit) => this.strokeAttributes(unit));
  }

  measureText(text: string): { readonly width: number } {
    this.measurer.font = this.state.font;
    return this.measurer.measureText(text);
  }

  drawImage(image: CanvasImageSource, dx: number, dy: number, dWidth: number, dHeight: number): void {
    const href = imageHref(image);
    if (!href) return;
    const opacity = this.state.globalAlpha < 1 ? ` opacity="${num(this.state.globalAlpha)}"` : '';
    this.parts.push(
      `<image x="${num(dx)}" y="${num(dy)}" width="${num(dWidth)}" height="${num(dHeight)}" preserveAspectRatio="none" xlink:href="${escapeXml(href)}"${opacity}${this.transformAttribute()}/>`,
    );
  }

  /* ---------- groups and output ---------- */

  private openGroup(tag: string): void {
    this.parts.push(tag);
    this.open.push(tag);
  }

  private closeGroup(): void {
    this.parts.push('</g>');
    this.open.pop();
  }

  /** A named group around what follows (`data-layer`), so a reader or a test can find, say, the notes. */
  beginLayer(name: string): void {
    this.openGroup(`<g data-layer="${escapeXml(name)}">`);
  }

  endLayer(): void {
    this.closeGroup();
  }

  /** How many elements (and group tags) were drawn since the last chunk. */
  pending(): number {
    return this.parts.length;
  }

  /** What was drawn since the last chunk, as a complete SVG document of `width`×`height`. */
  takeChunk(width: number, height: number): string {
    const body = this.chunkStart.join('') + this.parts.join('') + '</g>'.repeat(this.open.length);
    this.parts = [];
    this.chunkStart = [...this.open];
    return svgDocument(width, height, body);
  }

  /** Everything drawn, as one SVG document of `width`×`height`. */
  toSvg(width: number, height: number): string {
    return svgDocument(width, height, this.parts.join('') + '</g>'.repeat(this.open.length));
  }
}

function svgDocument(width: number, height: number, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${num(width)}" height="${num(height)}" ` +
    `viewBox="0 0 ${num(width)} ${num(height)}" font-family="${ROOT_FAMILY}" xml:space="preserve">${body}</svg>`
  );
}

/** A persona photo is decoded from a data URL; anything else is copied through a canvas. */
function imageHref(image: CanvasImageSource): string | null {
  if (image instanceof HTMLImageElement) {
    if (image.src.startsWith('data:')) return image.src;
    if (!image.complete || image.naturalWidth === 0) return null;
  }
  const width = 'width' in image ? Number(image.width) : 0;
  const height = 'height' in image ? Number(image.height) : 0;
  if (!width || !height) return null;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')?.drawImage(image, 0, 0);
  return canvas.toDataURL('image/png');
}
