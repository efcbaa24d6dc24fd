/** Right-click menus for stages, lanes, personas, notes and cells. Every item runs a named command. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../electron/ipc-contract';
import type { ContextTarget } from '../board/boardController';
import { NOTE_PAINT } from '../board/theme';
import { PERSONA_COLORS } from '../model/conventions';
import { lanesOf, sortedPersonas, sortedStages } from '../model/queries';
import { LANE_KINDS, NOTE_COLORS } from '../model/schema';
import type { DocumentStore } from '../state/documentStore';
import { addLane, deleteLane, moveLane, setLaneCollapsed, setLaneKind } from '../state/commands/laneCommands';
import { setNotesColor } from '../state/commands/noteCommands';
import { movePersona, removePersona } from '../state/commands/personaCommands';
import { addStage, setStageColor } from '../state/commands/stageCommands';
import type { UiStore } from '../state/uiStore';
import { type ActionContext, acceleratorOf, actionFor, deleteStageAsking } from './actions';
import { formatAccelerator } from './accelerators';
import { moveInMenu } from './contextMenuKeys';
import { useFocusWhileOpen } from './useFocusReturn';

export interface ContextMenuState {
  readonly target: ContextTarget;
  readonly x: number;
  readonly y: number;
}

interface ContextMenuProps {
  readonly state: ContextMenuState;
  readonly store: DocumentStore;
  readonly ui: UiStore;
  readonly actions: ActionContext;
  readonly isMac: boolean;
  readonly onClose: () => void;
}

interface Item {
  readonly label: string;
  readonly shortcut?: string;
  readonly danger?: boolean;
  readonly disabled?: boolean;
  readonly run: () => void;
}

export function ContextMenu({ state, store, ui, actions, isMac, onClose }: ContextMenuProps) {
  const { t } = useTranslation();
  const menu = useRef<HTMLDivElement>(null);
  // The first item takes the focus; it goes back where it was (the board, for a menu opened there) when the menu closes.
  useFocusWhileOpen(menu, 'open', (root) => root.querySelector<HTMLElement>('button:not(:disabled)'));
  useEffect(() => {
    const away = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node)) onClose();
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        onClose();
      }
    };
    window.addEventListener('pointerdown', away, true);
    window.addEventListener('keydown', escape, true);
    return () => {
      window.removeEventListener('pointerdown', away, true);
      window.removeEventListener('keydown', escape, true);
    };
  }, [onClose]);

  const map = store.getMap();
  const command = (name: MenuCommand, label: string, extra: Partial<Item> = {}): Item => ({
    label,
    shortcut: formatAccelerator(acceleratorOf(name), isMac),
    run: () => actionFor(name)?.perform(actions),
    ...extra,
  });
  const items: (Item | 'separator')[] = [];
  const target = state.target;
  let swatches: { colors: readonly string[]; apply: (color: string | null) => void; allowNone: boolean } | null = null;
  let kindPicker: { laneId: string; kind: string } | null = null;

  switch (target.kind) {
    case 'stage': {
      const stages = sortedStages(map);
      const index = stages.findIndex((s) => s.id === target.stageId);
      items.push(
        command('edit.rename', t('context.renameStage')),
        { label: t('context.addStageBefore'), run: () => store.run(addStage, { name: actions.names.stage, index }) },
        { label: t('context.addStageAfter'), run: () => store.run(addStage, { name: actions.names.stage, index: index + 1 }) },
        'separator',
        { label: t('context.deleteStage'), danger: true, disabled: stages.length <= 1, run: () => void deleteStageAsking(actions, target.stageId) },
      );
      swatches = { colors: PERSONA_COLORS, allowNone: true, apply: (color) => store.run(setStageColor, { stageId: target.stageId, color }) };
      break;
    }
    case 'lane': {
      const lane = map.lanes[target.laneId];
      if (!lane) break;
      const siblings = lanesOf(map, lane.personaId);
      const index = siblings.findIndex((l) => l.id === lane.id);
      items.push(
        { label: t('context.renameLane'), run: () => ui.set({ editing: { kind: 'lane', laneId: lane.id } }) },
        { label: lane.collapsed ? t('context.expandLane') : t('context.collapseLane'), run: () => store.run(setLaneCollapsed, { laneId: lane.id, collapsed: !lane.collapsed }) },
        { label: t('context.moveLaneUp'), disabled: index <= 0, run: () => store.run(moveLane, { laneId: lane.id, personaId: lane.personaId, toIndex: index - 1 }) },
        { label: t('context.moveLaneDown'), disabled: index >= siblings.length - 1, run: () => store.run(moveLane, { laneId: lane.id, personaId: lane.personaId, toIndex: index + 1 }) },
        {
          label: t('context.addLaneBelow'),
          run: () => {
            const laneId = store.run(addLane, { personaId: lane.personaId, kind: 'freeText', title: actions.names.lane('freeText'), index: index + 1 });
            if (laneId) ui.set({ editing: { kind: 'lane', laneId } });
          },
        },
        'separator',
        { label: t('context.deleteLane'), danger: true, run: () => store.run(deleteLane, { laneId: lane.id }) },
      );
      kindPicker = { laneId: lane.id, kind: lane.kind };
      break;
    }
    case 'persona': {
      const personaId = target.personaId;
      if (personaId) {
        const personas = sortedPersonas(map);
        const index = personas.findIndex((p) => p.id === personaId);
        items.push(
          { label: t('context.openPersona'), run: () => ui.set({ panel: { kind: 'persona', personaId } }) },
          { label: t('context.focusPersona'), run: () => ui.set({ focus: { personaId, mode: ui.get().focus?.mode ?? 'dim' } }) },
          { label: t('context.movePersonaUp'), disabled: index <= 0, run: () => store.run(movePersona, { personaId, toIndex: index - 1 }) },
          { label: t('context.movePersonaDown'), disabled: index >= personas.length - 1, run: () => store.run(movePersona, { personaId, toIndex: index + 1 }) },
        );
      }
      const addLaneItem = (owner: string | null): Item => ({
        label: owner ? t('context.addLane') : t('context.addSharedLane'),
        run: () => {
          const laneId = store.run(addLane, { personaId: owner, kind: owner ? 'freeText' : 'backstage', title: actions.names.lane(owner ? 'freeText' : 'backstage') });
          if (laneId) ui.set({ editing: { kind: 'lane', laneId } });
        },
      });
      // A shared lane can be started from any persona: the shared band only exists once it has one.
      items.push(...(personaId ? [addLaneItem(personaId), addLaneItem(null)] : [addLaneItem(null)]));
      if (personaId) {
        items.push('separator', {
          label: t('context.removePersona'),
          danger: true,
          disabled: Object.keys(map.personas).length <= 1,
          run: () => store.run(removePersona, { personaId }),
        });
      }
      break;
    }
    case 'note':
      items.push(
        { label: t('context.editNote'), shortcut: '↵', run: () => ui.set({ editing: { kind: 'note', noteId: target.noteId } }) },
        command('edit.duplicate', t('context.duplicate')),
        command('board.arrangeByColor', t('context.arrangeByColor')),
        command('board.arrangeByText', t('context.arrangeByText')),
        'separator',
        command('edit.delete', t('context.delete'), { danger: true }),
      );
      swatches = {
        colors: NOTE_COLORS,
        allowNone: false,
        apply: (color) => store.run(setNotesColor, { noteIds: [...ui.get().selectedNoteIds], color: color as (typeof NOTE_COLORS)[number] }),
      };
      break;
    case 'cell': {
      const lane = map.lanes[target.cell.laneId];
      const { stageId, laneId } = target.cell;
      if (lane?.kind === 'touchpoints') items.push(command('board.addTouchpoint', t('context.addTouchpoint')));
      else if (lane?.kind !== 'emotions') {
        items.push(command('board.newNote', t('context.newNote')), command('board.arrangeByColor', t('context.arrangeByColor')), command('board.arrangeByText', t('context.arrangeByText')));
      }
      // From the keyboard the cell is the way to its stage, lane and persona: rename and open them here.
      const personaId = lane?.personaId;
      items.push(
        'separator',
        { label: t('context.renameStage'), run: () => ui.set({ editing: { kind: 'stage', stageId } }) },
        { label: t('context.deleteStage'), danger: true, disabled: Object.keys(map.stages).length <= 1, run: () => void deleteStageAsking(actions, stageId) },
        { label: t('context.renameLane'), shortcut: formatAccelerator(acceleratorOf('edit.rename'), isMac), run: () => ui.set({ editing: { kind: 'lane', laneId } }) },
        ...(personaId ? [{ label: t('context.openPersona'), run: () => ui.set({ panel: { kind: 'persona', personaId } }) }] : []),
      );
      break;
    }
  }

  const run = (item: Item) => {
    onClose();
    item.run();
  };

  return (
    <div
      ref={menu}
      className="context-menu"
      role="menu"
      aria-label={t('context.label')}
      style={{ left: state.x, top: state.y }}
      data-testid="context-menu"
      onKeyDown={(e) => {
        // The lane-kind list keeps its own arrows.
        if (e.target instanceof HTMLSelectElement) return;
        if (menu.current && moveInMenu(menu.current, e.key)) e.preventDefault();
      }}
    >
      {items.map((item, i) =>
        item === 'separator' ? (
          <hr key={`sep${i}`} />
        ) : (
          <button key={item.label} type="button" role="menuitem" className={item.danger ? 'danger' : undefined} disabled={item.disabled} onClick={() => run(item)}>
            <span>{item.label}</span>
            {item.shortcut && <kbd>{item.shortcut}</kbd>}
          </button>
        ),
      )}
      {kindPicker && (
        <label className="menu-field">
          <span>{t('context.laneKind')}</span>
          <select
            value={kindPicker.kind}
            onChange={(e) => {
              store.run(setLaneKind, { laneId: kindPicker.laneId, kind: e.target.value as (typeof LANE_KINDS)[number] });
              onClose();
            }}
          >
            {LANE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`laneKind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {swatches && (
        <div className="menu-swatches" role="group" aria-label={t('toolbar.colours')}>
          {swatches.allowNone && (
            <button type="button" className="swatch none" aria-label={t('color.none')} title={t('color.none')} onClick={() => { onClose(); swatches.apply(null); }} />
          )}
          {swatches.colors.map((color) => {
            const paint = color in NOTE_PAINT ? NOTE_PAINT[color as keyof typeof NOTE_PAINT].fill : color;
            const label = color in NOTE_PAINT ? t(`color.${color}`) : color;
            return (
              <button
                key={color}
                type="button"
                className="swatch"
                aria-label={label}
                title={label}
                style={{ background: paint }}
                onClick={() => {
                  onClose();
                  swatches.apply(color);
                }}
              />
            );
          })}
        </div>
      )}
    </div>
  );
}
