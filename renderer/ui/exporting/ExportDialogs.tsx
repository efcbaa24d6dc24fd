/**
 * File ▸ Export… (format and its options), File ▸ Print… (fit or one stage per
 * page), the progress of a running export with Cancel, and the print-only
 * container holding the pages the engine painted. Native radios, selects and
 * checkboxes in fieldsets: every choice works from the keyboard alone.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { PAPER_SIZES, PNG_SCALES, type PdfOptions, type PngScale } from '../../model/export/exportOptions';
import { sortedStages } from '../../model/queries';
import type { JourneyMap } from '../../model/types';
import { DIALOG_FORMATS, type ExportChoices, type PngRegionChoice, type PrintLayout } from '../../state/exportChoices';
import type { UiStore } from '../../state/uiStore';
import { DialogActions, ModalDialog } from '../dialogs/ModalDialog';
import { useUi } from '../useUi';
import type { ExportController, ExportRun, PrintJob } from './exportController';
import './exporting.css';

export function ExportDialogs({ exporter, ui, map }: { readonly exporter: ExportController; readonly ui: UiStore; readonly map: JourneyMap }) {
  const state = useSyncExternalStore(exporter.subscribe, exporter.get);
  return (
    <>
      {state.running ? (
        <ExportProgress exporter={exporter} run={state.running} />
      ) : state.dialog === 'export' ? (
        <ExportDialog exporter={exporter} ui={ui} map={map} />
      ) : state.dialog === 'print' ? (
        <PrintDialog exporter={exporter} ui={ui} />
      ) : null}
      {state.printJob && <PrintPages exporter={exporter} job={state.printJob} />}
    </>
  );
}

function ExportDialog({ exporter, ui, map }: { exporter: ExportController; ui: UiStore; map: JourneyMap }) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<ExportChoices>(() => ui.get().exportChoices);
  const stages = sortedStages(map);
  const pdf = (changes: Partial<ExportChoices['pdf']>) => setChoices((c) => ({ ...c, pdf: { ...c.pdf, ...changes } }));
  const png = (changes: Partial<ExportChoices['png']>) => setChoices((c) => ({ ...c, png: { ...c.png, ...changes } }));
  const close = () => exporter.close();
  return (
    <ModalDialog open className="message-dialog export-dialog" testId="export-dialog" labelledBy="export-title" onCancel={close}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void exporter.export(choices);
        }}
      >
        <h2 id="export-title">{t('exporting:dialog.title')}</h2>
        <fieldset className="export-formats">
          <legend>{t('exporting:dialog.format')}</legend>
          {DIALOG_FORMATS.map((format) => (
            <label key={format} className="export-format">
              <input
                type="radio"
                name="export-format"
                value={format}
                checked={choices.format === format}
                autoFocus={choices.format === format}
                onChange={() => setChoices((c) => ({ ...c, format }))}
              />
              <span>
                <strong>{t(`exporting:format.${format}.name`)}</strong>
                <small>{t(`exporting:format.${format}.hint`)}</small>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="export-options" data-testid="export-options">
          {choices.format === 'pdf' && (
            <>
              <div className="export-row">
                <label className="field">
                  {t('exporting:pdf.paper')}
                  <select value={choices.pdf.paper} onChange={(e) => pdf({ paper: e.target.value as PdfOptions['paper'] })}>
                    <option value="poster">{t('exporting:pdf.poster')}</option>
                    {PAPER_SIZES.map((size) => (
                      <option key={size} value={size}>
                        {size}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="field">
                  {t('exporting:pdf.orientation')}
                  <select
                    value={choices.pdf.orientation}
                    disabled={choices.pdf.paper === 'poster'}
                    onChange={(e) => pdf({ orientation: e.target.value as PdfOptions['orientation'] })}
                  >
                    {(['auto', 'portrait', 'landscape'] as const).map((o) => (
                      <option key={o} value={o}>
                        {t(`exporting:pdf.orientations.${o}`)}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              <label className="check">
                <input type="checkbox" checked={choices.pdf.pagePerStage} onChange={(e) => pdf({ pagePerStage: e.target.checked })} />
                {t('exporting:pdf.pagePerStage')}
              </label>
              <label className="check">
                <input type="checkbox" checked={choices.pdf.coverPage} onChange={(e) => pdf({ coverPage: e.target.checked })} />
                {t('exporting:pdf.coverPage')}
              </label>
            </>
          )}
          {choices.format === 'png' && (
            <>
              <fieldset className="export-inline">
                <legend>{t('exporting:png.region')}</legend>
                {(['map', 'view', 'stage'] as const).map((region: PngRegionChoice) => (
                  <label key={region} className="check">
                    <input type="radio" name="png-region" checked={choices.png.region === region} onChange={() => png({ region })} />
                    {t(`exporting:png.regions.${region}`)}
                  </label>
                ))}
                <select
                  aria-label={t('exporting:png.stage')}
                  value={choices.png.stageId ?? stages[0]?.id ?? ''}
                  disabled={choices.png.region !== 'stage' || stages.length === 0}
                  onChange={(e) => png({ stageId: e.target.value })}
                >
                  {stages.map((stage) => (
                    <option key={stage.id} value={stage.id}>
                      {stage.name}
                    </option>
                  ))}
                </select>
              </fieldset>
              <fieldset className="export-inline">
                <legend>{t('exporting:png.scale')}</legend>
                {PNG_SCALES.map((scale: PngScale) => (
                  <label key={scale} className="check">
                    <input type="radio" name="png-scale" checked={choices.png.scale === scale} onChange={() => png({ scale })} />
                    {t('exporting:png.times', { scale })}
                  </label>
                ))}
              </fieldset>
              <fieldset className="export-inline">
                <legend>{t('exporting:png.background')}</legend>
                {(['white', 'transparent'] as const).map((background) => (
                  <label key={background} className="check">
                    <input type="radio" name="png-background" checked={choices.png.background === background} onChange={() => png({ background })} />
                    {t(`exporting:png.backgrounds.${background}`)}
                  </label>
                ))}
              </fieldset>
            </>
          )}
          {choices.format !== 'pdf' && choices.format !== 'png' && <p className="export-note">{t(`exporting:format.${choices.format}.about`)}</p>}
        </div>
        <DialogActions cancelLabel={t('exporting:dialog.cancel')} onCancel={close} submitLabel={t('exporting:dialog.export')} />
      </form>
    </ModalDialog>
  );
}

function PrintDialog({ exporter, ui }: { exporter: ExportController; ui: UiStore }) {
  const { t } = useTranslation();
  const last = useUi(ui, (s) => s.printLayout);
  const [layout, setLayout] = useState<PrintLayout>(last);
  const close = () => exporter.close();
  return (
    <ModalDialog open className="message-dialog export-dialog" testId="print-dialog" labelledBy="print-title" onCancel={close}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void exporter.print(layout);
        }}
      >
        <h2 id="print-title">{t('exporting:print.title')}</h2>
        <fieldset className="export-formats">
          <legend>{t('exporting:print.layout')}</legend>
          {(['fit', 'stages'] as const).map((value) => (
            <label key={value} className="export-format">
              <input type="radio" name="print-layout" checked={layout === value} autoFocus={layout === value} onChange={() => setLayout(value)} />
              <span>
                <strong>{t(`exporting:print.layouts.${value}.name`)}</strong>
                <small>{t(`exporting:print.layouts.${value}.hint`)}</small>
              </span>
            </label>
          ))}
        </fieldset>
        <DialogActions cancelLabel={t('exporting:dialog.cancel')} onCancel={close} submitLabel={t('exporting:print.print')} />
      </form>
    </ModalDialog>
  );
}

function ExportProgress({ exporter, run }: { exporter: ExportController; run: ExportRun }) {
  const { t } = useTranslation();
  const percent = Math.floor((run.done / run.total) * 100);
  return (
    <ModalDialog open className="message-dialog export-dialog" testId="export-progress" labelledBy="export-progress-title" onCancel={() => exporter.cancel()}>
      <h2 id="export-progress-title">{t(`exporting:progress.title.${run.what}`)}</h2>
      <progress max={run.total} value={run.done} aria-labelledby="export-progress-title" />
      <p className="export-percent" aria-live="polite">
        {t('exporting:progress.percent', { percent })}
      </p>
      <div className="dialog-buttons">
        <button type="button" className="secondary" autoFocus onClick={() => exporter.cancel()}>
          {t('exporting:dialog.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}

/** Hidden on screen; in print media the only thing shown, one image per sheet. */
function PrintPages({ exporter, job }: { exporter: ExportController; job: PrintJob }) {
  useEffect(() => {
    let live = true;
    const images = [...document.querySelectorAll<HTMLImageElement>(`[data-print-job="${job.id}"] img`)];
    void Promise.all(images.map((image) => image.decode())).then(
      () => live && exporter.pagesReady(job.id, { landscape: images.filter((i) => i.naturalWidth >= i.naturalHeight).length * 2 >= images.length }),
      () => live && exporter.pagesReady(job.id, null),
    );
    return () => {
      live = false;
    };
  }, [exporter, job]);
  return (
    <div className="print-pages" data-testid="print-pages" data-print-job={job.id}>
      {job.pages.map((page) => (
        <figure key={page.url} className="print-page">
          <img src={page.url} alt={page.label} />
        </figure>
      ))}
    </div>
  );
}
