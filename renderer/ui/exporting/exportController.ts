/**
 * File ▸ Export… and File ▸ Print…, between the menu and the export engine:
 * which dialog is open, the progress of a running export (with Cancel), then
 * the main process's save dialog or print dialog, and a message either way.
 * CSV and Markdown are handed to the share controller, which builds them itself.
 */
import type { TFunction } from 'i18next';
import type { BinaryExportKind, FileError, JourneyboardApi } from '../../../electron/ipc-contract';
import type { ExportOptions, ExportProgress, ExportResult, PngOptions } from '../../model/export/exportOptions';
import type { Rect } from '../../model/layout';
import { sortedStages } from '../../model/queries';
import type { DocumentStore } from '../../state/documentStore';
import { type ExportChoices, exportOptionsFor, type PrintLayout } from '../../state/exportChoices';
import type { UiStore } from '../../state/uiStore';
import type { Messages } from '../messages';
import type { ShareController } from '../share/shareController';

/** The engine (renderer/board/export): paints the map with the board's paint code into a file. */
export type ExportEngine = (options: ExportOptions, onProgress: ExportProgress, signal: AbortSignal) => Promise<ExportResult>;

/** Printed pages are PNGs from the engine at this scale: sharp on paper without a huge bitmap. */
export const PRINT_SCALE = 2;
const PROGRESS_STEPS = 1000;
/** What writing an export can run into; anything else (a map's own problems) is said as a disk error. */
const EXPORT_FILE_ERRORS = ['notFound', 'permission', 'tooLarge', 'notAllowed', 'notAFile', 'diskFull', 'io'] as const;

export interface ExportRun {
  readonly what: BinaryExportKind | 'print';
  readonly done: number;
  readonly total: number;
}

/** The pages waiting in the print-only container for the print dialog. */
export interface PrintJob {
  readonly id: number;
  readonly pages: readonly { readonly url: string; readonly label: string }[];
}

/** The decoded pages: most of them wider than tall asks for landscape paper. */
export interface PagesReady {
  readonly landscape: boolean;
}

export interface ExportUiState {
  readonly dialog: 'export' | 'print' | null;
  readonly running: ExportRun | null;
  readonly printJob: PrintJob | null;
}

export interface ExportDeps {
  readonly api: JourneyboardApi;
  readonly store: DocumentStore;
  readonly ui: UiStore;
  readonly messages: Messages;
  readonly share: ShareController;
  readonly t: TFunction;
  readonly engine: ExportEngine;
  /** The part of the map the board shows now (PNG "current view"); null before the board is up. */
  readonly visibleWorld: () => Rect | null;
}

const isAbort = (error: unknown, signal: AbortSignal) => signal.aborted || (error instanceof DOMException && error.name === 'AbortError');

export class ExportController {
  private state: ExportUiState = { dialog: null, running: null, printJob: null };
  private readonly listeners = new Set<() => void>();
  private abort: AbortController | null = null;
  private jobs = 0;
  private pendingPrint: ((ready: PagesReady | null) => void) | null = null;

  constructor(private readonly deps: ExportDeps) {}

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly get = (): ExportUiState => this.state;

  openExport(): void {
    if (!this.state.running) this.set({ dialog: 'export' });
  }

  openPrint(): void {
    if (!this.state.running) this.set({ dialog: 'print' });
  }

  close(): void {
    if (!this.state.running) this.set({ dialog: null });
  }

  /** Stops the running export or print preparation; nothing is written or printed. */
  cancel(): void {
    this.abort?.abort();
  }

  async export(choices: ExportChoices): Promise<void> {
    const { api, store, ui, messages, share, t } = this.deps;
    ui.set({ exportChoices: choices });
    const map = store.getMap();
    const options = exportOptionsFor(choices, { view: this.deps.visibleWorld(), stageIds: sortedStages(map).map((s) => s.id) });
    if (!options) {
      this.set({ dialog: null });
      await (choices.format === 'csv' ? share.exportCsv() : share.exportMarkdown());
      return;
    }
    const kind = options.format;
    const result = await this.build(kind, [options]);
    if (!result) return;
    messages.setBusy(t('exporting:status.writing'));
    try {
      const outcome = await api.exportBinary({ kind, suggestedName: map.title || t('file.untitledMap'), bytes: result[0]!.bytes });
      if (outcome.kind === 'exported') messages.notice(t('exporting:status.done', { name: outcome.name }));
      else if (outcome.kind === 'error') this.fileError(kind, outcome.error);
    } catch (error) {
      messages.error(t(`exporting:error.title.${kind}`), t('exporting:error.unexpected'), [errorText(error)]);
    } finally {
      messages.setBusy(null);
    }
  }

  /** Renders the pages with the engine into the print-only container, then opens the print dialog. */
  async print(layout: PrintLayout): Promise<void> {
    const { api, store, ui, messages, t } = this.deps;
    ui.set({ printLayout: layout });
    const map = store.getMap();
    const stages = sortedStages(map);
    const regions: { region: PngOptions['region']; label: string }[] =
      layout === 'stages' && stages.length > 0
        ? stages.map((stage) => ({ region: { kind: 'stage', stageId: stage.id }, label: stage.name }))
        : [{ region: { kind: 'map' }, label: map.title }];
    const results = await this.build(
      'print',
      regions.map(({ region }) => ({ format: 'png', region, scale: PRINT_SCALE, background: 'white' })),
    );
    if (!results) return;
    // Blob URLs: the CSP allows them for images (img-src blob:), unlike inline markup.
    const pages = results.map((result, i) => ({ url: URL.createObjectURL(new Blob([result.bytes as BlobPart], { type: result.mime })), label: regions[i]!.label }));
    const job: PrintJob = { id: ++this.jobs, pages };
    // The print container renders the pages; printing waits until their images are decoded.
    const ready = new Promise<PagesReady | null>((resolve) => (this.pendingPrint = resolve));
    this.set({ printJob: job });
    try {
      const decoded = await ready;
      if (!decoded) throw new Error(t('exporting:error.pagesNotReady'));
      const outcome = await api.print({ landscape: decoded.landscape });
      if (outcome.kind === 'printed') messages.notice(t('exporting:status.printed', { count: pages.length }));
      else if (outcome.kind === 'failed') messages.error(t('exporting:error.title.print'), t('exporting:error.printFailed'), [outcome.reason]);
    } catch (error) {
      messages.error(t('exporting:error.title.print'), t('exporting:error.unexpected'), [errorText(error)]);
    } finally {
      this.pendingPrint = null;
      this.set({ printJob: null });
      for (const page of pages) URL.revokeObjectURL(page.url);
    }
  }

  /** Called by the print container once every page image has decoded (null: one did not). */
  pagesReady(jobId: number, ready: PagesReady | null): void {
    if (this.state.printJob?.id === jobId) this.pendingPrint?.(ready);
  }

  /** Runs the engine once per options, with one progress bar over all of them; null when cancelled or failed (already said). */
  private async build(what: ExportRun['what'], list: readonly ExportOptions[]): Promise<ExportResult[] | null> {
    const { messages, t } = this.deps;
    const abort = new AbortController();
    this.abort = abort;
    this.set({ running: { what, done: 0, total: PROGRESS_STEPS } });
    const results: ExportResult[] = [];
    try {
      for (const [index, options] of list.entries()) {
        let shown = -1;
        const progress: ExportProgress = (done, total) => {
          // The bar moves in steps of a thousandth: fine enough for a map of thousands of notes,
          // coarse enough that it does not re-render on every slice of work.
          const fraction = total > 0 ? (index + Math.min(1, done / total)) / list.length : 0;
          const step = Math.floor(fraction * PROGRESS_STEPS);
          if (step === shown) return;
          shown = step;
          this.set({ running: { what, done: step, total: PROGRESS_STEPS } });
        };
        results.push(await this.deps.engine(options, progress, abort.signal));
        if (abort.signal.aborted) throw new DOMException('cancelled', 'AbortError');
      }
      return results;
    } catch (error) {
      if (isAbort(error, abort.signal)) messages.notice(t('exporting:status.canceled'));
      else messages.error(t(`exporting:error.title.${what}`), t('exporting:error.build'), [errorText(error)]);
      return null;
    } finally {
      this.abort = null;
      this.set({ running: null, dialog: null });
    }
  }

  /** The file service's typed error, said for an export (the map's own messages talk about saving the map). */
  private fileError(kind: BinaryExportKind, error: FileError): void {
    const { messages, t } = this.deps;
    const code = (EXPORT_FILE_ERRORS as readonly string[]).includes(error.code) ? error.code : 'io';
    messages.error(t(`exporting:error.title.${kind}`), t(`exporting:error.file.${code}`), [error.detail]);
  }

  private set(changes: Partial<ExportUiState>): void {
    this.state = { ...this.state, ...changes };
    for (const listener of this.listeners) listener();
  }
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
