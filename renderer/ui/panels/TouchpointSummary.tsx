/**
 * Every touchpoint of the map in one table, to check goals and KPIs with the
 * room; a header sorts, a row opens that touchpoint on the board and in the panel.
 */
import { type KeyboardEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHANNEL_ICONS, FLAG_ICONS } from '../../board/icons';
import { intlLocale } from '../../model/locale';
import type { JourneyMap } from '../../model/types';
import type { UiStore } from '../../state/uiStore';
import { useUi } from '../useUi';
import { isImeKey } from '../imeKeys';
import { LucideIcon } from '../LucideIcon';
import { formatKpiNumber } from './kpiNumber';
import { SUMMARY_COLUMNS, type SummaryColumn, type SummarySort, nextSort, sortSummary, summaryRows } from './touchpointSort';

const NUMERIC: ReadonlySet<SummaryColumn> = new Set(['target', 'actual']);
const FLAGS = ['momentOfTruth', 'dropOff'] as const;

export interface TouchpointSummaryProps {
  readonly map: JourneyMap;
  readonly ui: UiStore;
}

export function TouchpointSummary({ map, ui }: TouchpointSummaryProps) {
  const { t, i18n } = useTranslation('panels');
  const numberLocale = intlLocale(i18n.language);
  const [sort, setSort] = useState<SummarySort | null>(null);
  const selected = useUi(ui, (s) => s.selectedTouchpointIds);
  const rows = useMemo(() => {
    const text = { collator: new Intl.Collator(intlLocale(map.locale), { numeric: true }), channelName: (c: string) => t(`app:channel.${c}`) };
    return sortSummary(summaryRows(map), sort, text);
  }, [map, sort, t]);

  if (rows.length === 0) return <p className="summary-empty">{t('summary.empty')}</p>;

  const open = (touchpointId: string) =>
    ui.set({
      selectedTouchpointIds: new Set([touchpointId]),
      selectedNoteIds: new Set(),
      selectedStageId: null,
      selectedEmotion: null,
      panel: { kind: 'touchpoint', touchpointId },
    });
  const openOnKey = (e: KeyboardEvent, touchpointId: string) => {
    if (e.key !== 'Enter' || isImeKey(e.nativeEvent)) return;
    e.preventDefault();
    open(touchpointId);
  };

  return (
    <table className="summary-table">
      <caption className="visually-hidden">{t('summary.caption')}</caption>
      <thead>
        <tr>
          {SUMMARY_COLUMNS.map((column) => (
            <th
              key={column}
              scope="col"
              className={NUMERIC.has(column) ? 'numeric' : undefined}
              aria-sort={sort?.column === column ? sort.direction : 'none'}
            >
              <button type="button" className="sort-button" onClick={() => setSort(nextSort(sort, column))}>
                {t(`summary.column.${column}`)}
                <span className="sort-mark" aria-hidden="true">
                  {sort?.column === column ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                </span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ touchpoint: tp, stageName, personaId }) => (
          <tr
            key={tp.id}
            tabIndex={0}
            aria-selected={selected.has(tp.id)}
            onClick={() => open(tp.id)}
            onKeyDown={(e) => openOnKey(e, tp.id)}
          >
            <td>{stageName}</td>
            <td>
              <span className="persona-cell">
                <span className="persona-dot" style={{ background: personaId ? map.personas[personaId]?.color : undefined }} aria-hidden="true" />
                {personaId ? map.personas[personaId]?.name : t('summary.allPersonas')}
              </span>
            </td>
            <td>
              <span className="channel-cell">
                <LucideIcon icon={CHANNEL_ICONS[tp.channel]} size={18} />
                {t(`app:channel.${tp.channel}`)}
              </span>
            </td>
            <td className="label-cell">{tp.label || <span className="muted">{t('summary.noLabel')}</span>}</td>
            <td>{tp.goal}</td>
            <td>{tp.kpi}</td>
            <td className="numeric">{formatKpiNumber(tp.target, numberLocale)}</td>
            <td className="numeric">{formatKpiNumber(tp.actual, numberLocale)}</td>
            <td className="flags-cell">
              {FLAGS.filter((flag) => tp[flag]).map((flag) => (
                <span key={flag} className={`flag flag-${flag}`}>
                  <LucideIcon icon={FLAG_ICONS[flag]} size={18} />
                  {t(`summary.flag.${flag}`)}
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
