/**
 * Presenting with an audience window, in plain Node: which window may call
 * what, where the audience window goes as displays come and go, and the relay
 * of the presenter's document and view to the audience. audienceWindow.ts and
 * main.ts only wire this to Electron (BrowserWindow, `screen`, ipcMain), and
 * the e2e bridge wires it to a second Playwright page, so the decisions here
 * are the ones both run.
 */
import type { AudienceUpdate, InvokeChannel, PresentLayout } from '../ipc-contract';
import { type AudiencePlacement, audienceMove, type DisplayInfo, placeAudience, type Rect } from './displayPlacement';

/**
 * The main process trusts exactly two windows: the presenter (the main
 * window, which may call everything it always could, and publish) and the
 * audience window, which may only say it is ready to be fed.
 */
export type WindowRole = 'presenter' | 'audience';

export const AUDIENCE_CHANNELS: ReadonlySet<InvokeChannel> = new Set<InvokeChannel>(['audienceReady']);

export function mayInvoke(role: WindowRole, channel: InvokeChannel): boolean {
  return role === 'audience' ? AUDIENCE_CHANNELS.has(channel) : !AUDIENCE_CHANNELS.has(channel);
}

/** The OS's displays and where the presenter window is now. */
export interface DisplaySource {
  displays(): readonly DisplayInfo[];
  /** The display holding (most of) the presenter window; null when unknown. */
  presenterDisplayId(): number | null;
}

/** The second window, as the controller drives it. */
export interface AudienceWindowPort {
  /** Opens it full-screen over `bounds`, showing the renderer's audience view. */
  open(bounds: Rect): void;
  move(bounds: Rect): void;
  close(): void;
  /** Delivers an update to the audience renderer (held until it has loaded). */
  send(update: AudienceUpdate): void;
}

export interface PresentationDeps {
  readonly displays: DisplaySource;
  readonly audience: AudienceWindowPort;
  /** Tells the presenter window whether an audience window shows the room's view ('dual', and its size) or it must ('single'). */
  readonly toPresenter: (layout: PresentLayout) => void;
}

export class PresentationController {
  /** null while not presenting. */
  private placement: AudiencePlacement | null = null;
  private latest: { document: string | null; view: AudienceUpdate['view'] } = { document: null, view: null };

  constructor(private readonly deps: PresentationDeps) {}

  get presenting(): boolean {
    return this.placement !== null;
  }

  get layout(): PresentLayout | null {
    return this.placement && layoutOf(this.placement);
  }

  /** The presenter started presenting: open the audience window if there is a display for it. */
  start(): PresentLayout {
    if (!this.placement) this.apply({ kind: 'single' }, this.place(), false);
    return this.layout!;
  }

  /** The presenter stopped: the audience window goes, and nothing of the last presentation is kept. */
  stop(): void {
    if (!this.placement) return;
    if (this.placement.kind === 'dual') this.deps.audience.close();
    this.placement = null;
    this.latest = { document: null, view: null };
  }

  /** `display-added`, `display-removed`, `display-metrics-changed`, or the presenter window moved. */
  displaysChanged(): void {
    if (this.placement) this.apply(this.placement, this.place(), true);
  }

  /** The audience window went away without us (closed by the OS or the user): the presenter shows the room's view. */
  audienceClosed(): void {
    if (this.placement?.kind !== 'dual') return;
    this.placement = { kind: 'single' };
    this.deps.toPresenter({ kind: 'single' });
  }

  /**
   * The presenter's latest document (.cjm text, null: unchanged) and view.
   * Kept, so an audience window that opens later, or reloads, starts from them.
   */
  publish(update: AudienceUpdate): void {
    if (!this.placement) return;
    if (update.document !== null) this.latest.document = update.document;
    if (update.view !== null) this.latest.view = update.view;
    if (this.placement.kind === 'dual') this.deps.audience.send(update);
  }

  /** The audience renderer has loaded and listens: it gets everything so far at once. */
  audienceReady(): void {
    if (this.placement?.kind === 'dual') this.deps.audience.send({ ...this.latest });
  }

  private place(): AudiencePlacement {
    return placeAudience(this.deps.displays.displays(), this.deps.displays.presenterDisplayId());
  }

  private apply(from: AudiencePlacement, to: AudiencePlacement, tell: boolean): void {
    const move = audienceMove(from, to);
    this.placement = to;
    if (move.kind === 'open') this.deps.audience.open(move.bounds);
    else if (move.kind === 'move') this.deps.audience.move(move.bounds);
    else if (move.kind === 'close') this.deps.audience.close();
    // start() answers with the layout itself; later changes reach the presenter as an event.
    if (tell && move.kind !== 'keep') this.deps.toPresenter(layoutOf(to));
  }
}

function layoutOf(placement: AudiencePlacement): PresentLayout {
  return placement.kind === 'dual' ? { kind: 'dual', audience: { width: placement.bounds.width, height: placement.bounds.height } } : { kind: 'single' };
}
