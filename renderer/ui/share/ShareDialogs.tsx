/** The dialogs of sharing and templates: the CSV import preview, the template gallery and the template name prompt. */
import { type ReactNode, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportCreate, ImportPlan, ImportUpdate } from '../../model/csv/csvImport';
import type { JourneyMap } from '../../model/types';
import { ModalDialog } from '../dialogs/ModalDialog';
import type { ShareController, TemplateCard } from './shareController';
import { drawTemplateThumbnail } from './templateThumbnail';

/** The preview lists this many changes; the summary above it counts them all. */
const PREVIEW_ROWS = 60;
const THUMB = { width: 288, height: 162 } as const;

/** The sharing dialogs are open while they are mounted. */
function Modal({ label, className, onClose, children }: { label: string; className?: string; onClose: () => void; children: ReactNode }) {
  return (
    <ModalDialog open className={`message-dialog share-dialog ${className ?? ''}`} label={label} onCancel={onClose}>
      {children}
    </ModalDialog>
  );
}

export function ShareDialogs({ share, map }: { readonly share: ShareController; readonly map: JourneyMap }) {
  const state = useSyncExternalStore(share.subscribe, share.get);
  return (
    <>
      {state.importPreview && <ImportPreview share={share} map={map} name={state.importPreview.name} plan={state.importPreview.plan} />}
      {state.gallery && <TemplateGallery share={share} cards={state.gallery} />}
      {state.naming && <TemplateName share={share} initial={map.title} />}
    </>
  );
}

function ImportPreview({ share, map, name, plan }: { share: ShareController; map: JourneyMap; name: string; plan: ImportPlan }) {
  const { t } = useTranslation();
  const count = (kind: 'note' | 'touchpoint', list: readonly (ImportCreate | ImportUpdate)[]) => list.filter((c) => c.kind === kind).length;
  const changes = [...plan.creates.map((c) => ({ change: c, created: true })), ...plan.updates.map((c) => ({ change: c, created: false }))].sort(
    (a, b) => a.change.row - b.change.row,
  );
  const describe = (change: ImportCreate | ImportUpdate, created: boolean): { before: string; after: string } => {
    if (created) return { before: '', after: change.kind === 'note' ? (change as { text: string }).text : (change as { fields: { label: string } }).fields.label };
    const update = change as ImportUpdate;
    const record = update.kind === 'note' ? map.notes[update.id] : map.touchpoints[update.id];
    const before = record ? ('text' in record ? record.text : record.label) : '';
    const fields = Object.keys(update.changes).map((f) => t(`share.import.field.${f}`));
    if (update.move) fields.push(t('share.import.moved'));
    const after = 'text' in update.changes ? (update.changes.text ?? '') : 'label' in update.changes ? (update.changes.label ?? '') : fields.join(', ');
    return { before, after: after === before ? fields.join(', ') : after };
  };
  return (
    <Modal label={t('share.import.title', { name })} className="import-preview" onClose={() => share.cancelImport()}>
      <h2>{t('share.import.title', { name })}</h2>
      <ul className="import-summary" data-testid="import-summary">
        <li>{t('share.import.newNotes', { count: count('note', plan.creates) })}</li>
        <li>{t('share.import.changedNotes', { count: count('note', plan.updates) })}</li>
        <li>{t('share.import.newTouchpoints', { count: count('touchpoint', plan.creates) })}</li>
        <li>{t('share.import.changedTouchpoints', { count: count('touchpoint', plan.updates) })}</li>
        <li>{t('share.import.unchanged', { count: plan.unchanged })}</li>
      </ul>
      <div className="import-changes">
        <table data-testid="import-changes">
          <thead>
            <tr>
              <th>{t('share.import.row')}</th>
              <th>{t('share.import.change')}</th>
              <th>{t('share.import.before')}</th>
              <th>{t('share.import.after')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.slice(0, PREVIEW_ROWS).map(({ change, created }) => {
              const { before, after } = describe(change, created);
              return (
                <tr key={`${change.row}`}>
                  <td>{change.row}</td>
                  <td>{t(`share.import.kind.${created ? 'new' : 'changed'}.${change.kind}`)}</td>
                  <td className="import-text">{before}</td>
                  <td className="import-text">{after}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {changes.length > PREVIEW_ROWS && <p>{t('share.import.more', { count: changes.length - PREVIEW_ROWS })}</p>}
      </div>
      <p>{t('share.import.undoHint')}</p>
      <div className="dialog-buttons">
        <button type="button" className="secondary" onClick={() => share.cancelImport()}>
          {t('share.cancel')}
        </button>
        <button type="button" autoFocus onClick={() => share.confirmImport()}>
          {t('share.import.confirm')}
        </button>
      </div>
    </Modal>
  );
}

function Thumbnail({ map }: { map: JourneyMap }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = THUMB.width * ratio;
    canvas.height = THUMB.height * ratio;
    ctx.scale(ratio, ratio);
    drawTemplateThumbnail(ctx, map, THUMB.width, THUMB.height);
  }, [map]);
  return <canvas ref={ref} className="template-thumb" style={{ width: THUMB.width, height: THUMB.height }} aria-hidden="true" />;
}

function TemplateGallery({ share, cards }: { share: ShareController; cards: readonly TemplateCard[] }) {
  const { t } = useTranslation();
  const sections = [
    { heading: t('share.gallery.builtIn'), cards: cards.filter((c) => !c.own) },
    { heading: t('share.gallery.own'), cards: cards.filter((c) => c.own) },
  ].filter((s) => s.cards.length > 0);
  return (
    <Modal label={t('share.gallery.title')} className="template-gallery" onClose={() => share.closeGallery()}>
      <h2>{t('share.gallery.title')}</h2>
      {sections.map((section) => (
        <section key={section.heading}>
          <h3>{section.heading}</h3>
          <div className="template-cards">
            {section.cards.map((card) => {
              const map = card.document.map;
              return (
                <button key={card.key} type="button" className="template-card" data-testid="template-card" onClick={() => void share.useTemplate(card)}>
                  <Thumbnail map={map} />
                  <strong>{map.title}</strong>
                  <span className="template-goal">{map.goal}</span>
                  <span className="template-meta">
                    {t('share.gallery.stages', { count: Object.keys(map.stages).length })} ·{' '}
                    {t('share.gallery.personas', { count: Object.keys(map.personas).length })} · {t(`mapType.${map.mapType}`)}
                  </span>
                </button>
              );
            })}
          </div>
        </section>
      ))}
      <div className="dialog-buttons">
        <button type="button" className="secondary" onClick={() => share.closeGallery()}>
          {t('share.cancel')}
        </button>
      </div>
    </Modal>
  );
}

function TemplateName({ share, initial }: { share: ShareController; initial: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial);
  return (
    <Modal label={t('share.template.title')} onClose={() => share.cancelNaming()}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) void share.saveAsTemplate(name.trim());
        }}
      >
        <h2>{t('share.template.title')}</h2>
        <label className="template-name">
          {t('share.template.name')}
          <input autoFocus value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </label>
        <p>{t('share.template.hint')}</p>
        <div className="dialog-buttons">
          <button type="button" className="secondary" onClick={() => share.cancelNaming()}>
            {t('share.cancel')}
          </button>
          <button type="submit" disabled={!name.trim()}>
            {t('share.template.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
