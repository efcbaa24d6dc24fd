/**
 * Sharing and templates, between the menu actions and the main process:
 * exports built in slices with progress and written through the save dialog,
 * the CSV import with its preview, the template gallery and saving the map
 * as the facilitator's own template. Its small view state drives ShareDialogs.
 */
import type { TFunction } from 'i18next';
import type { ExportOutcome, FileError, JourneyboardApi, TextExportKind } from '../../../electron/ipc-contract';
import { type AppStamp, parseCjm, serializeCjm } from '../../model/cjmFormat';
import { csvPieces } from '../../model/csv/csvExport';
import type { CsvProblem, ImportPlan } from '../../model/csv/csvImport';
import type { IdGenerator } from '../../model/ids';
import type { Piece } from '../../model/pieces';
import { markdownReportPieces } from '../../model/report/markdownReport';
import { instantiateTemplate } from '../../model/templates/instantiateTemplate';
import { templatesForLanguage } from '../../model/templates/templateFiles';
import type { CjmDocument } from '../../model/types';
import type { DocumentStore } from '../../state/documentStore';
import { importCsv } from '../../state/commands/importCommands';
import type { FileSession } from '../fileSession';
import type { Messages } from '../messages';
import { planCsvInSlices } from './planCsvInSlices';
import { readCsvInSlices } from './readCsvInSlices';
import { runInSlices } from './runInSlices';

export interface TemplateCard {
  readonly key: string;
  readonly document: CjmDocument;
  readonly own: boolean;
}

export interface ShareState {
  readonly importPreview: { readonly name: string; readonly plan: ImportPlan } | null;
  readonly gallery: readonly TemplateCard[] | null;
  readonly naming: boolean;
}

export interface ShareDeps {
  readonly api: JourneyboardApi;
  readonly store: DocumentStore;
  readonly session: FileSession;
  readonly messages: Messages;
  readonly t: TFunction;
  readonly language: () => string;
  readonly app: AppStamp;
  /** The built-in template files (`<slug>.<locale>.cjm` → text). */
  readonly loadBuiltInTemplates: () => Promise<ReadonlyMap<string, string>>;
  readonly newId: IdGenerator;
  readonly nowIso: () => string;
}

export function csvProblemText(problem: CsvProblem, t: TFunction): string {
  return t(`share.import.problem.${problem.code}`, { ...problem });
}

export class ShareController {
  private state: ShareState = { importPreview: null, gallery: null, naming: false };
  private readonly listeners = new Set<() => void>();

  constructor(private readonly deps: ShareDeps) {}

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly get = (): ShareState => this.state;

  exportCsv(): Promise<void> {
    return this.export('csv', csvPieces(this.deps.store.getMap()));
  }

  exportMarkdown(): Promise<void> {
    const t = this.deps.t as unknown as (key: string, values?: Readonly<Record<string, unknown>>) => string;
    return this.export('markdown', markdownReportPieces(this.deps.store.getMap(), { t, locale: this.deps.language() }));
  }

  async importCsv(): Promise<void> {
    const { api, messages, t } = this.deps;
    const outcome = await this.guard(() => api.openCsv());
    if (!outcome || outcome.kind === 'canceled') return;
    if (outcome.kind === 'error') return this.fileError(t('share.import.errorTitle', { name: outcome.name }), outcome.error);
    // Reading the rows is the first half of the progress, planning the changes the second.
    const progress = (from: number) => (fraction: number) => messages.setBusy(t('share.import.reading', { percent: Math.floor((from + fraction / 2) * 100) }));
    let result;
    try {
      result = await this.guard(async () => {
        const rows = await readCsvInSlices(outcome.text, progress(0));
        return planCsvInSlices(this.deps.store.getMap(), rows, progress(0.5));
      });
    } finally {
      messages.setBusy(null);
    }
    if (!result) return;
    if (!result.ok) {
      const [first] = result.problems;
      messages.error(
        t('share.import.errorTitle', { name: outcome.name }),
        `${csvProblemText(first!, t)} ${t('share.import.nothingChanged')}`,
        result.problems.map((p) => csvProblemText(p, t)),
      );
      return;
    }
    if (result.plan.creates.length + result.plan.updates.length === 0) {
      messages.notice(t('share.import.noChanges', { name: outcome.name }));
      return;
    }
    this.set({ importPreview: { name: outcome.name, plan: result.plan } });
  }

  confirmImport(): void {
    const preview = this.state.importPreview;
    if (!preview) return;
    this.set({ importPreview: null });
    const before = this.deps.store.getMap();
    this.deps.store.run(importCsv, { plan: preview.plan });
    // The participant lock may have refused it (the store has said so): then nothing was imported.
    if (this.deps.store.getMap() === before) return;
    this.deps.messages.notice(this.deps.t('share.import.done', { name: preview.name }));
  }

  cancelImport(): void {
    this.set({ importPreview: null });
  }

  async openGallery(): Promise<void> {
    const { api, language } = this.deps;
    const [files, own] = await Promise.all([this.guard(() => this.deps.loadBuiltInTemplates()), this.guard(() => api.listUserTemplates())]);
    if (!files) return;
    const cards: TemplateCard[] = [];
    for (const { slug, text } of templatesForLanguage(files, language())) {
      const parsed = parseCjm(text);
      if (parsed.ok) cards.push({ key: slug, document: parsed.value.document, own: false });
    }
    for (const template of own ?? []) {
      // A template that no longer opens (hand-edited, newer app) is left out rather than offered broken.
      const parsed = parseCjm(template.text);
      if (parsed.ok) cards.push({ key: `own:${template.fileName}`, document: parsed.value.document, own: true });
    }
    this.set({ gallery: cards });
  }

  closeGallery(): void {
    this.set({ gallery: null });
  }

  async useTemplate(card: TemplateCard): Promise<void> {
    this.set({ gallery: null });
    await this.deps.session.newMap(instantiateTemplate(card.document, { newId: this.deps.newId, nowIso: this.deps.nowIso() }));
  }

  askTemplateName(): void {
    this.set({ naming: true });
  }

  cancelNaming(): void {
    this.set({ naming: false });
  }

  async saveAsTemplate(name: string): Promise<void> {
    const { api, messages, t, store, app } = this.deps;
    this.set({ naming: false });
    const outcome = await this.guard(() => api.saveUserTemplate({ name, text: serializeCjm(store.getDocument(), app) }));
    if (!outcome) return;
    if (outcome.kind === 'saved') messages.notice(t('share.template.saved', { name }));
    else this.fileError(t('share.template.errorTitle', { name }), outcome.error);
  }

  private async export(kind: TextExportKind, pieces: Iterator<Piece>): Promise<void> {
    const { api, messages, t, store } = this.deps;
    let shown = -1;
    try {
      const text = await runInSlices(pieces, (fraction) => {
        const percent = Math.floor(fraction * 100);
        if (percent === shown) return;
        shown = percent;
        messages.setBusy(t('share.export.progress', { percent }));
      });
      messages.setBusy(t('share.export.writing'));
      const outcome: ExportOutcome = await api.exportFile({ kind, suggestedName: store.getMap().title || t('file.untitledMap'), text });
      if (outcome.kind === 'exported') messages.notice(t('share.export.done', { name: outcome.name }));
      else if (outcome.kind === 'error') this.fileError(t(`share.export.errorTitle.${kind}`), outcome.error);
    } catch (error) {
      messages.error(t(`share.export.errorTitle.${kind}`), t('share.export.failed'), [error instanceof Error ? error.message : String(error)]);
    } finally {
      messages.setBusy(null);
    }
  }

  /** Any rejection from the main process becomes a message instead of a silent failure. */
  private async guard<T>(call: () => Promise<T>): Promise<T | null> {
    try {
      return await call();
    } catch (error) {
      this.deps.messages.error(this.deps.t('share.unexpected'), error instanceof Error ? error.message : String(error));
      return null;
    }
  }

  private fileError(title: string, error: FileError): void {
    const message = error.code === 'notDocument' ? 'share.import.notCsv' : `fileError.${error.code}`;
    this.deps.messages.error(title, this.deps.t(message), [error.detail]);
  }

  private set(changes: Partial<ShareState>): void {
    this.state = { ...this.state, ...changes };
    for (const listener of this.listeners) listener();
  }
}
