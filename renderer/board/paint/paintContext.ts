/**
 * The one drawing surface every paint function draws through: exactly the
 * Canvas 2D members they use, nothing Konva-specific.
 *
 * - On the board it is the `Konva.Context` a Shape's `sceneFunc` receives
 *   (public API): it forwards each member to the layer's canvas, and it
 *   satisfies this interface structurally (checked in Board.tsx, where it is
 *   passed as a PaintContext without a cast).
 * - An export can pass any other Canvas-2D-shaped context, such as a
 *   canvas2svg-style SVG context or jsPDF's `context2d`, and the same paint
 *   code draws a vector file.
 *
 * Keep it to plain Canvas 2D members. Adding one here means every backend
 * must implement it; `stroke(path)` takes a Path2D (the icons), which an SVG or
 * PDF backend has to accept or trace, and `roundRect` (the semantic-zoom
 * count pills) may need a four-arc fallback where a backend lacks it.
 */
export interface PaintContext {
  fillStyle: string | CanvasGradient | CanvasPattern;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  lineWidth: number;
  lineCap: CanvasLineCap;
  lineJoin: CanvasLineJoin;
  globalAlpha: number;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;

  save(): void;
  restore(): void;
  translate(x: number, y: number): void;
  rotate(angle: number): void;
  scale(x: number, y: number): void;

  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  bezierCurveTo(cp1x: number, cp1y: number, cp2x: number, cp2y: number, x: number, y: number): void;
  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number): void;
  roundRect(x: number, y: number, width: number, height: number, radius: number): void;
  fill(): void;
  stroke(path?: Path2D): void;
  clip(): void;
  setLineDash(segments: number[]): void;

  fillRect(x: number, y: number, width: number, height: number): void;
  strokeRect(x: number, y: number, width: number, height: number): void;
  fillText(text: string, x: number, y: number, maxWidth?: number): void;
  strokeText(text: string, x: number, y: number, maxWidth?: number): void;
  /** Only `width` is read, so a backend may return just that. */
  measureText(text: string): { readonly width: number };
  drawImage(image: CanvasImageSource, dx: number, dy: number, dWidth: number, dHeight: number): void;
}
