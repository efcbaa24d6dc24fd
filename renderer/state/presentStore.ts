/**
 * Present mode's state: whether the map is being presented, where on the path
 * it stands, and how the room sees it (projector theme, blank screen, builds,
 * laser, spotlight). Plain data only — numbers, strings and the path's
 * rectangles — so the whole state can be posted to an audience window as is.
 *
 * What the editor looked like before presenting (camera, selection, panels)
 * is not here: it holds Sets and is restored by the window that saved it.
 */
import { type PresentPosition, type PresentStep, clampPosition, nextPosition, previousPosition } from '../model/present';
import { ValueStore } from './valueStore';

export type ProjectorTheme = 'light' | 'dark';
export type Blank = 'none' | 'black' | 'white';

export interface PresentState {
  readonly active: boolean;
  readonly path: readonly PresentStep[];
  readonly step: number;
  /** The sub-frame within a stage too tall to show readable at once. */
  readonly frame: number;
  readonly theme: ProjectorTheme;
  readonly blank: Blank;
  /** Builds: the framed stage's lanes appear one at a time. */
  readonly builds: boolean;
  /** How many lanes (top to bottom) of the framed stage show while builds are on. */
  readonly revealedLanes: number;
  /** The laser pointer's world position while L is held; null when off. */
  readonly laser: { readonly x: number; readonly y: number } | null;
  /** The note shown enlarged over the board; null when none. */
  readonly spotlightNoteId: string | null;
}

export const initialPresentState: PresentState = {
  active: false,
  path: [],
  step: 0,
  frame: 0,
  theme: 'light',
  blank: 'none',
  builds: false,
  revealedLanes: 0,
  laser: null,
  spotlightNoteId: null,
};

export class PresentStore extends ValueStore<PresentState> {
  constructor(initial: Partial<PresentState> = {}) {
    super({ ...initialPresentState, ...initial });
  }

  /** Starts at the overview; the theme and builds chosen for this presentation stay. */
  enter(path: readonly PresentStep[]): void {
    this.set({ active: true, path, step: 0, frame: 0, blank: 'none', revealedLanes: 0, laser: null, spotlightNoteId: null });
  }

  exit(): void {
    this.set({ active: false, blank: 'none', laser: null, spotlightNoteId: null });
  }

  /** The layout or the window changed: a new path, the position kept as far as it still exists. */
  setPath(path: readonly PresentStep[]): void {
    const { step, frame } = clampPosition(path, this.position());
    this.set({ path, step, frame });
  }

  position(): PresentPosition {
    const { step, frame } = this.get();
    return { step, frame };
  }

  currentStep(): PresentStep | null {
    const { path, step } = this.get();
    return path[step] ?? null;
  }

  /** → / PageDown / Space: the next lane of a build, else the next sub-frame, else the next step. */
  next(): void {
    const state = this.get();
    const current = this.currentStep();
    if (state.builds && current?.kind === 'stage' && state.revealedLanes < current.lanes) {
      this.set({ revealedLanes: state.revealedLanes + 1 });
      return;
    }
    const to = nextPosition(state.path, this.position());
    if (to) this.moveTo(to, 'start');
  }

  /** ← / PageUp: the previous sub-frame, else the previous step, from its top. */
  previous(): void {
    const to = previousPosition(this.get().path, this.position());
    if (to) this.moveTo(to, 'end');
  }

  first(): void {
    this.moveTo({ step: 0, frame: 0 }, 'start');
  }

  last(): void {
    this.moveTo({ step: Math.max(0, this.get().path.length - 1), frame: 0 }, 'start');
  }

  /** Step n of the path (0 is the overview); a digit N is `goToStage(N)`. */
  goTo(step: number): void {
    if (step < 0 || step >= this.get().path.length) return;
    this.moveTo({ step, frame: 0 }, 'start');
  }

  /** Stage N (1-based), as a digit key names it; ignored when there is no such stage. */
  goToStage(n: number): void {
    const index = this.get().path.findIndex((s) => s.kind === 'stage' && s.stageIndex === n - 1);
    if (index >= 0) this.goTo(index);
  }

  /** ↓: the next sub-frame of a tall stage; never leaves the stage. */
  scrollDown(): void {
    const current = this.currentStep();
    const { frame } = this.get();
    if (current && frame < current.frames.length - 1) this.set({ frame: frame + 1 });
  }

  scrollUp(): void {
    const { frame } = this.get();
    if (frame > 0) this.set({ frame: frame - 1 });
  }

  /** B or W: blanks the screen; the same key again shows it back. */
  toggleBlank(blank: Exclude<Blank, 'none'>): void {
    this.set({ blank: this.get().blank === blank ? 'none' : blank });
  }

  setTheme(theme: ProjectorTheme): void {
    this.set({ theme });
  }

  toggleTheme(): void {
    this.setTheme(this.get().theme === 'light' ? 'dark' : 'light');
  }

  setBuilds(builds: boolean): void {
    this.set({ builds, revealedLanes: builds ? this.revealedOnArrival(this.currentStep(), 'start') : 0 });
  }

  setLaser(point: { x: number; y: number } | null): void {
    this.set({ laser: point });
  }

  spotlight(noteId: string | null): void {
    this.set({ spotlightNoteId: noteId });
  }

  /** How many lanes a build shows on arriving at a step: the first one going forward, all going back. */
  private revealedOnArrival(step: PresentStep | null, from: 'start' | 'end'): number {
    if (step?.kind !== 'stage') return 0;
    return from === 'start' ? Math.min(1, step.lanes) : step.lanes;
  }

  private moveTo(to: PresentPosition, from: 'start' | 'end'): void {
    const { step, frame } = clampPosition(this.get().path, to);
    const arriving = step !== this.get().step;
    const revealedLanes = arriving ? this.revealedOnArrival(this.get().path[step] ?? null, from) : this.get().revealedLanes;
    this.set({ step, frame, revealedLanes, spotlightNoteId: null });
  }
}
