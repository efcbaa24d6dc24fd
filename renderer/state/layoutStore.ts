/**
 * The one layout of the open map, derived from the document by the model's
 * pure functions. The board, minimap, editors, panels and keyboard all read
 * this instance. After a command it rebuilds only what the command's patches
 * touched (`updateLayout`); a new document, a new focus or new catalog words
 * lay the wall out again.
 */
import { type BoardLayout, type Focus, type LayoutOptions, type LayoutText, computeLayout, updateLayout } from '../model/layout';
import type { FittedText, MeasureText } from '../model/textFit';
import type { JourneyMap } from '../model/types';
import type { DocumentChange } from './documentStore';

/** Where the map comes from: the DocumentStore, or anything with its read side (a change without patches means "everything"). */
export interface MapSource {
  readonly subscribe: (listener: (change?: DocumentChange) => void) => () => void;
  readonly getMap: () => JourneyMap;
}

/** Where the persona focus comes from: the UiStore. */
export interface FocusSource {
  readonly subscribe: (listener: () => void) => () => void;
  readonly get: () => { readonly focus: Focus | null };
}

export interface LayoutDeps {
  readonly fitNote: (text: string) => FittedText;
  readonly measure: MeasureText;
  readonly text: LayoutText;
  /** Injected for the timings; performance.now in the app. */
  readonly now?: () => number;
}

export interface LayoutTiming {
  readonly kind: 'full' | 'incremental';
  readonly ms: number;
}

export class LayoutStore {
  private layout: BoardLayout;
  private map: JourneyMap;
  private focus: Focus | null;
  private text: LayoutText;
  private readonly listeners = new Set<() => void>();
  private readonly offs: (() => void)[];
  /** How long the last layout took; the bench reads it. */
  lastTiming: LayoutTiming = { kind: 'full', ms: 0 };

  constructor(
    private readonly source: MapSource,
    private readonly focusSource: FocusSource,
    private readonly deps: LayoutDeps,
  ) {
    this.map = source.getMap();
    this.focus = focusSource.get().focus;
    this.text = deps.text;
    this.layout = this.timed('full', () => computeLayout(this.map, this.options()));
    this.offs = [
      source.subscribe((change) => this.onDocument(change)),
      focusSource.subscribe(() => {
        const focus = focusSource.get().focus;
        if (focus === this.focus) return;
        this.focus = focus;
        this.relayout();
      }),
    ];
  }

  readonly get = (): BoardLayout => this.layout;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** New catalog words (another language): every label is fitted again. */
  /**
   * The layout with every persona shown, as if no persona were in focus: what
   * an export of the whole wall draws. The current one when nothing is focused.
   */
  unfocused(): BoardLayout {
    return this.focus === null ? this.layout : computeLayout(this.map, { ...this.options(), focus: null });
  }

  setText(text: LayoutText): void {
    if (text === this.text) return;
    this.text = text;
    this.relayout();
  }

  dispose(): void {
    for (const off of this.offs) off();
    this.listeners.clear();
  }

  private options(): LayoutOptions {
    return { fitNote: this.deps.fitNote, measure: this.deps.measure, text: this.text, focus: this.focus };
  }

  private onDocument(change: DocumentChange | undefined): void {
    const map = this.source.getMap();
    if (map === this.map) return;
    const previous = this.map;
    this.map = map;
    const patches = change?.patches;
    const next =
      patches && change.previous === previous
        ? this.timed('incremental', () => updateLayout(this.layout, previous, map, patches, this.options()))
        : this.timed('full', () => computeLayout(map, this.options()));
    this.publish(next);
  }

  private relayout(): void {
    this.publish(this.timed('full', () => computeLayout(this.map, this.options())));
  }

  private timed(kind: LayoutTiming['kind'], run: () => BoardLayout): BoardLayout {
    const now = this.deps.now ?? (() => performance.now());
    const started = now();
    const layout = run();
    this.lastTiming = { kind, ms: now() - started };
    return layout;
  }

  private publish(layout: BoardLayout): void {
    if (layout === this.layout) return;
    this.layout = layout;
    for (const listener of this.listeners) listener();
  }
}
