/**
 * The map's goal, always in view in the status bar and edited in place: Enter
 * or leaving the field commits it as one `setMapGoal` step, Esc puts it back.
 * The board shows the same goal in its top-left corner.
 */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentStore } from '../state/documentStore';
import { setMapGoal } from '../state/commands/mapCommands';

export function GoalField({ store }: { readonly store: DocumentStore }) {
  const { t } = useTranslation();
  const map = useSyncExternalStore(store.subscribe, store.getMap);
  return (
    <label className="goal-field">
      <span className="goal-label">{t('status.goal')}</span>
      <input
        className="goal-input"
        data-testid="map-goal"
        key={map.id + map.goal}
        defaultValue={map.goal}
        placeholder={t('status.goalPlaceholder')}
        title={map.goal || undefined}
        maxLength={2000}
        onBlur={(e) => {
          const goal = e.target.value.trim();
          if (goal !== map.goal) store.run(setMapGoal, { goal });
        }}
        onKeyDown={(e) => {
          if (e.nativeEvent.isComposing) return;
          if (e.key === 'Enter') e.currentTarget.blur();
          if (e.key === 'Escape') {
            e.currentTarget.value = map.goal;
            e.currentTarget.blur();
          }
        }}
      />
    </label>
  );
}
