/** One touchpoint's details: its channel, what it is for, its KPI with target and actual, and its flags. */
import { intlLocale } from '../../i18n/languages';
import { useTranslation } from 'react-i18next';
import { CHANNEL_ICONS, FLAG_ICONS } from '../../board/icons';
import { CHANNELS } from '../../model/schema';
import type { JourneyMap, Touchpoint } from '../../model/types';
import { deleteTouchpoints, updateTouchpoint } from '../../state/commands/touchpointCommands';
import type { DocumentStore } from '../../state/documentStore';
import type { UiStore } from '../../state/uiStore';
import { LucideIcon } from '../LucideIcon';
import { RadioChoices } from './ChoiceGroups';
import { CommitText } from './CommitText';
import { formatKpiNumber, parseKpiNumber } from './kpiNumber';

type TouchpointChanges = Parameters<typeof updateTouchpoint.perform>[1]['changes'];

export interface TouchpointPanelProps {
  readonly touchpoint: Touchpoint;
  readonly map: JourneyMap;
  readonly store: DocumentStore;
  readonly ui: UiStore;
}

export function TouchpointPanel({ touchpoint, map, store, ui }: TouchpointPanelProps) {
  const { t, i18n } = useTranslation('panels');
  // Numbers are read and written the way the UI language writes them, as on the board's KPI line.
  const numberLocale = intlLocale(i18n.language);
  const update = (changes: TouchpointChanges) => store.run(updateTouchpoint, { touchpointId: touchpoint.id, changes });
  const lane = map.lanes[touchpoint.laneId];
  const persona = lane?.personaId ? map.personas[lane.personaId] : undefined;

  const textField = (key: 'label' | 'goal' | 'kpi', placeholder?: string) => (
    <CommitText
      label={t(`touchpoint.${key}`)}
      value={touchpoint[key]}
      maxLength={200}
      placeholder={placeholder}
      onCommit={(text) => update({ [key]: text })}
    />
  );

  const numberField = (key: 'target' | 'actual') => (
    <CommitText
      label={t(`touchpoint.${key}`)}
      className="text-input number-input"
      inputMode="decimal"
      value={formatKpiNumber(touchpoint[key], numberLocale)}
      maxLength={40}
      invalidMessage={t('touchpoint.notANumber')}
      onCommit={(text) => {
        const parsed = parseKpiNumber(text, numberLocale);
        if (!parsed.ok) return false;
        if (parsed.value !== touchpoint[key]) update({ [key]: parsed.value });
        return true;
      }}
    />
  );

  const flag = (key: 'momentOfTruth' | 'dropOff') => (
    <label className={`flag-toggle flag-${key}`}>
      <input type="checkbox" checked={touchpoint[key]} onChange={(e) => update({ [key]: e.target.checked })} />
      <LucideIcon icon={FLAG_ICONS[key]} size={22} />
      <span>{t(`touchpoint.${key}`)}</span>
    </label>
  );

  return (
    <div className="touchpoint-panel">
      <p className="panel-context">
        {map.stages[touchpoint.stageId]?.name} · {persona?.name ?? t('summary.allPersonas')}
      </p>
      {textField('label')}
      <RadioChoices
        className="channel-grid"
        legend={t('touchpoint.channel')}
        choices={CHANNELS.map((c) => ({ value: c, label: t(`app:channel.${c}`), icon: CHANNEL_ICONS[c] }))}
        value={touchpoint.channel}
        onChange={(channel) => update({ channel })}
      />
      {textField('goal', t('touchpoint.goalPlaceholder'))}
      {textField('kpi', t('touchpoint.kpiPlaceholder'))}
      <div className="field-grid">
        {numberField('target')}
        {numberField('actual')}
      </div>
      <div className="flags">
        {flag('momentOfTruth')}
        {flag('dropOff')}
      </div>
      <button
        type="button"
        className="panel-button danger"
        onClick={() => {
          store.run(deleteTouchpoints, { touchpointIds: [touchpoint.id] });
          const selected = new Set(ui.get().selectedTouchpointIds);
          selected.delete(touchpoint.id);
          ui.set({ selectedTouchpointIds: selected });
        }}
      >
        {t('touchpoint.delete')}
      </button>
    </div>
  );
}
