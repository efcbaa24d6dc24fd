/**
 * File ▸ Export… (format and its options), File ▸ Print… (fit or one stage per
 * page), the progress of a running export with Cancel, and the print-only
 * container holding the pages the engine painted. Native radios, selects and
 * checkboxes in fieldsets: every choice works from the keyboard alone.
 */
import { type ReactNode, useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { PAPER_SIZES, PNG_SCALES, type PdfOptions, type PngScale } from '../../model/export/exportOptions';
import { sortedStages } from '../../model/queries';
import type { JourneyMap } from '../../model/types';
import { DIALOG_FORMATS, type ExportChoices, type PngRegionChoice, PRINT_LAYOUTS, type PrintLayout } from '../../state/exportChoices';
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
    <FormDialog testId="export-dialog" title={t('exporting:dialog.title')} submitLabel={t('exporting:dialog.export')} onClose={close} onSubmit={() => void exporter.export(choices)}>
      <RadioCards
        legend={t('exporting:dialog.format')}
        name="export-format"
        options={DIALOG_FORMATS}
        value={choices.format}
        onChange={(format) => setChoices((c) => ({ ...c, format }))}
        describe={(format) => ({ name: t(`exporting:format.${format}.name`), hint: t(`exporting:format.${format}.hint`) })}
      />
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
    </FormDialog>
  );
}

function PrintDialog({ exporter, ui }: { exporter: ExportController; ui: UiStore }) {
  const { t } = useTranslation();
  const last = useUi(ui, (s) => s.printLayout);
  const [layout, setLayout] = useState<PrintLayout>(last);
  const close = () => exporter.close();
  return (
    <FormDialog testId="print-dialog" title={t('exporting:print.title')} submitLabel={t('exporting:print.print')} onClose={close} onSubmit={() => void exporter.print(layout)}>
      <RadioCards
        legend={t('exporting:print.layout')}
        name="print-layout"
        options={PRINT_LAYOUTS}
        value={layout}
        onChange={setLayout}
        describe={(value) => ({ name: t(`exporting:print.layouts.${value}.name`), hint: t(`exporting:print.layouts.${value}.hint`) })}
      />
    </FormDialog>
  );
}

/** The shell of both dialogs: a modal form with its title, Cancel and the button that goes ahead (Enter). */
function FormDialog(props: {
  readonly testId: string;
  readonly title: string;
  readonly submitLabel: string;
  readonly onClose: () => void;
  readonly onSubmit: () => void;
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  const titleId = `${props.testId}-title`;
  return (
    <ModalDialog open className="message-dialog export-dialog" testId={props.testId} labelledBy={titleId} onCancel={props.onClose}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit();
        }}
      >
        <h2 id={titleId}>{props.title}</h2>
        {props.children}
        <DialogActions cancelLabel={t('exporting:dialog.cancel')} onCancel={props.onClose} submitLabel={props.submitLabel} />
      </form>
    </ModalDialog>
  );
}

/** One of a few choices, each a name and a line saying what it gives; the chosen one has the focus when the dialog opens. */
function RadioCards<T extends string>(props: {
  readonly legend: string;
  readonly name: string;
  readonly options: readonly T[];
  readonly value: T;
  readonly onChange: (value: T) => void;
  readonly describe: (value: T) => { readonly name: string; readonly hint: string };
}) {
  return (
    <fieldset className="export-formats">
      <legend>{props.legend}</legend>
      {props.options.map((option) => {
        const { name, hint } = props.describe(option);
        return (
          <label key={option} className="export-format">
            <input type="radio" name={props.name} value={option} checked={props.value === option} autoFocus={props.value === option} onChange={() => props.onChange(option)} />
            <span>
              <strong>{name}</strong>
              <small>{hint}</small>
            </span>
          </label>
        );
      })}
    </fieldset>
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
