/**
 * The application shell: toolbar, board, overlays, panels and dialogs, wired
 * to the document store, the view state, the file session and the menu.
 * A little over 300 lines: it is the one place where that wiring meets; the
 * pieces themselves live in their own modules.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyboardApi } from '../../electron/ipc-contract';
import { Board } from '../board/Board';
import type { BoardController, BoardIntents } from '../board/boardController';
import { Minimap } from '../board/Minimap';
import type { NoteFitter } from '../board/textMeasure';
import { DEFAULT_NOTE_COLOR } from '../model/conventions';
import { emotionPointFor } from '../model/queries';
import { mapNames } from '../i18n/mapNames';
import type { DocumentStore } from '../state/documentStore';
import type { LayoutStore } from '../state/layoutStore';
import { setEmotionLabel, setEmotionScore } from '../state/commands/emotionCommands';
import { renameLane } from '../state/commands/laneCommands';
import { addNote, editNoteText, moveNotes } from '../state/commands/noteCommands';
import { moveStage, renameStage, resizeStage } from '../state/commands/stageCommands';
import { moveTouchpoint } from '../state/commands/touchpointCommands';
import { newNoteTarget, type UiStore } from '../state/uiStore';
import { useUi } from './useUi';
import { type ActionContext, actionFor, commitTyping } from './actions';
import { createBoardLabels } from './boardLabels';
import { installClipboard } from './clipboard';
import { ContextMenu, type ContextMenuState } from './ContextMenu';
import { DiskChangeBar } from './DiskChangeBar';
import { keyboardMenuTarget } from './contextMenuKeys';
import { ConfirmDialog } from './dialogs/ConfirmDialog';
import { CellTypeAhead, focusBoard } from './editors/CellTypeAhead';
import { ErrorDialogs, Notices } from './dialogs/MessageDialogs';
import { RecoveryDialog } from './dialogs/RecoveryDialog';
import { EmotionLabelEditor } from './editors/EmotionLabelEditor';
import { InlineRename } from './editors/InlineRename';
import { NoteEditor } from './editors/NoteEditor';
import type { FileSession } from './fileSession';
import { handleKey } from './keyboard';
import type { Messages } from './messages';
import { PanelHost } from './panels/PanelHost';
import { FaultPoint } from './renderError/renderFaults';
import { RecentMaps } from './RecentMaps';
import type { Recovery } from './recovery';
import { ShortcutsOverlay } from './ShortcutsOverlay';
import { loadBuiltInTemplates } from './share/builtInTemplates';
import { ShareController } from './share/shareController';
import { createExportEngine } from './exporting/engine';
import { ExportController } from './exporting/exportController';
import { ExportDialogs } from './exporting/ExportDialogs';
import { ShareDialogs } from './share/ShareDialogs';
import { randomId } from '../model/ids';
import { isoAt, systemClock } from '../state/clock';
import { startTyping } from './startTyping';
import { StatusBar } from './StatusBar';
import { Toolbar } from './Toolbar';
import type { Workshop } from './workshop/workshop';
import { PresentLayer } from './present/PresentLayer';
import type { PresentMode } from './present/presentMode';
import { PresenterLayer } from './presenter/PresenterLayer';
import type { PresenterLink } from './presenter/presenterLink';
import { WorkshopLayer } from './workshop/WorkshopLayer';

export interface AppProps {
  readonly api: JourneyboardApi;
  readonly store: DocumentStore;
  readonly ui: UiStore;
  readonly session: FileSession;
  readonly recovery: Recovery;
  readonly messages: Messages;
  readonly fitNote: NoteFitter;
  readonly isMac: boolean;
  readonly layouts: LayoutStore;
  readonly workshop: Workshop;
  readonly presentMode: PresentMode;
  readonly presenterLink: PresenterLink;
  readonly onController?: (controller: BoardController) => void;
}

export function App({ api, store, ui, session, recovery, messages, fitNote, isMac, layouts, workshop, presentMode, presenterLink, onController }: AppProps) {
  const { t, i18n } = useTranslation();
  const map = useSyncExternalStore(store.subscribe, store.getMap);
  const editing = useUi(ui, (s) => s.editing);
  // Present mode hides every piece of editing chrome; what they showed stays in the stores for the way back.
  const presenting = useSyncExternalStore(workshop.present.subscribe, () => workshop.present.get().active);
  const reserveRight = useCallback((width: number) => presentMode.reserveRight(width), [presentMode]);
  const [controller, setController] = useState<BoardController | null>(null);
  const controllerRef = useRef<BoardController | null>(null);
  const [contextMenu, setContextMenu] = useState<ContextMenuState | null>(null);

  // `t` changes with the UI language, which names a map in a language we do not speak.
  const names = useMemo(() => mapNames(i18n, map.locale), [i18n, map.locale, t]);

  // Through the ref: the action context is built below and holds this function itself.
  const startNewNote = useCallback((text = '') => startTyping(actionContextRef.current!, text), []);

  const startRename = useCallback(() => {
    const state = ui.get();
    if (state.selectedStageId) ui.set({ editing: { kind: 'stage', stageId: state.selectedStageId } });
    else if (state.selectedNoteIds.size === 1) ui.set({ editing: { kind: 'note', noteId: [...state.selectedNoteIds][0]! } });
    else if (state.selectedCell) ui.set({ editing: { kind: 'lane', laneId: state.selectedCell.laneId } });
  }, [ui]);

  const share = useMemo(
    () =>
      new ShareController({
        api,
        store,
        session,
        messages,
        t,
        language: () => i18n.language,
        app: { name: 'Journeyboard', version: __APP_VERSION__ },
        loadBuiltInTemplates,
        newId: randomId,
        nowIso: () => isoAt(systemClock),
      }),
    [api, store, session, messages, t, i18n],
  );

  const exporter = useMemo(
    () =>
      new ExportController({
        api,
        store,
        ui,
        messages,
        share,
        t,
        engine: createExportEngine({ store, layouts, t }),
        visibleWorld: () => controllerRef.current?.visibleWorld() ?? null,
      }),
    [api, store, ui, messages, share, t, layouts],
  );

  const openContextMenu = useCallback(() => {
    const board = document.querySelector('[data-testid=board]')?.getBoundingClientRect() ?? { width: 0, height: 0 };
    const target = keyboardMenuTarget(ui.get(), controllerRef.current, board);
    if (target) setContextMenu(target);
  }, [ui]);

  const actionContext: ActionContext = useMemo(
    () => ({
      store,
      ui,
      session,
      board: () => controllerRef.current,
      t,
      names,
      startNewNote,
      startRename,
      openContextMenu,
      focusBoard,
      confirm: (request) => messages.confirm(request),
      share,
      exporter,
      workshop,
      presentMode,
    }),
    [store, ui, session, t, names, startNewNote, startRename, openContextMenu, messages, share, exporter, workshop, presentMode],
  );
  const actionContextRef = useRef(actionContext);
  actionContextRef.current = actionContext;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      if (handleKey(e, actionContext, isMac)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    const offMenu = api.onMenuCommand((command) => {
      // A menu click acts on the board: whatever was being typed is committed first.
      commitTyping();
      actionFor(command)?.perform(actionContext);
    });
    const offOpen = api.onOpenedFile((file) => void session.openFromOs(file));
    const offDisk = api.onDiskChanged((change) => session.diskChanged(change));
    const offClipboard = installClipboard(store, ui, (laneId) => {
      const lane = store.getMap().lanes[laneId];
      return lane ? DEFAULT_NOTE_COLOR[lane.kind] : 'yellow';
    });
    session.syncWindowState();
    return () => {
      window.removeEventListener('keydown', onKey);
      offMenu();
      offOpen();
      offDisk();
      offClipboard();
    };
  }, [api, actionContext, isMac, session, store, ui]);

  const intents: BoardIntents = {
    moveNotes: (noteIds, cell, index) => store.run(moveNotes, { noteIds, ...cell, index }),
    moveTouchpoint: (touchpointId, cell, index) => store.run(moveTouchpoint, { touchpointId, ...cell, index }),
    moveStage: (stageId, toIndex) => store.run(moveStage, { stageId, toIndex }),
    resizeStage: (stageId, width) => store.run(resizeStage, { stageId, width }),
    addStage: () => actionFor('board.addStage')?.perform(actionContext),
    editNote: (noteId) => ui.set({ editing: { kind: 'note', noteId } }),
    newNote: (cell) => {
      ui.selectNotes([], cell);
      ui.set({ editing: newNoteTarget(cell) });
    },
    newTouchpoint: (cell) => {
      ui.selectNotes([], cell);
      actionFor('board.addTouchpoint')?.perform(actionContext);
    },
    editStage: (stageId) => ui.set({ editing: { kind: 'stage', stageId } }),
    editLane: (laneId) => ui.set({ editing: { kind: 'lane', laneId } }),
    openPersona: (personaId) => ui.set({ panel: { kind: 'persona', personaId } }),
    openTouchpoint: (touchpointId) => ui.set({ panel: { kind: 'touchpoint', touchpointId } }),
    setEmotion: (hit, score) => {
      store.run(setEmotionScore, { personaId: hit.personaId, stageId: hit.stageId, curve: hit.curve, score });
      ui.selectEmotion({ personaId: hit.personaId, stageId: hit.stageId, curve: hit.curve });
    },
    editEmotionLabel: (hit) => ui.set({ editing: { kind: 'emotionLabel', slot: { personaId: hit.personaId, stageId: hit.stageId, curve: hit.curve } } }),
    contextMenu: (target, x, y) => setContextMenu({ target, x, y }),
  };

  const labels = useMemo(() => createBoardLabels(t, map), [t, map]);

  const handleController = useCallback(
    (c: BoardController) => {
      controllerRef.current = c;
      setController(c);
      onController?.(c);
    },
    [onController],
  );

  const finishEditing = () => ui.set({ editing: null });

  return (
    <div className={presenting ? 'app presenting' : 'app'}>
      <FaultPoint place="app" />
      {!presenting && <Toolbar store={store} ui={ui} session={session} actions={actionContext} isMac={isMac} />}
      <main className="board-host">
        <Board map={map} ui={ui} intents={intents} labels={labels} layouts={layouts} present={workshop.present} onController={handleController} />
        <PresentLayer mode={presentMode} workshop={workshop} ui={ui} map={map} messages={messages} />
        <PresenterLayer link={presenterLink} mode={presentMode} workshop={workshop} store={store} layouts={layouts} map={map} />
        {controller && !presenting && <CellTypeAhead ui={ui} controller={controller} onText={startNewNote} />}
        {controller && (editing?.kind === 'note' || editing?.kind === 'newNote') && (
          <NoteEditor
            key={editing.kind === 'note' ? editing.noteId : `draft${editing.draft}`}
            target={editing}
            map={map}
            controller={controller}
            layouts={layouts}
            fitNote={fitNote}
            onCancel={finishEditing}
            onCommit={(text, next) => {
              const cell = editing.kind === 'newNote' ? editing.cell : map.notes[editing.noteId] ? { laneId: map.notes[editing.noteId]!.laneId, stageId: map.notes[editing.noteId]!.stageId } : null;
              let noteId: string | null = editing.kind === 'note' ? editing.noteId : null;
              if (editing.kind === 'note') store.run(editNoteText, { noteId: editing.noteId, text });
              else if (text.trim()) noteId = store.run(addNote, { ...editing.cell, text });
              if (noteId && cell) ui.selectNotes([noteId], cell);
              ui.set({ editing: next && cell && (text.trim() || editing.kind === 'note') ? newNoteTarget(cell) : null });
            }}
          />
        )}
        {controller && (editing?.kind === 'stage' || editing?.kind === 'lane') && (
          <InlineRename
            key={editing.kind === 'stage' ? editing.stageId : editing.laneId}
            target={editing}
            initial={editing.kind === 'stage' ? (map.stages[editing.stageId]?.name ?? '') : (map.lanes[editing.laneId]?.title ?? '')}
            controller={controller}
            onCancel={finishEditing}
            onCommit={(value) => {
              if (editing.kind === 'stage') store.run(renameStage, { stageId: editing.stageId, name: value });
              else store.run(renameLane, { laneId: editing.laneId, title: value });
              finishEditing();
            }}
          />
        )}
        {controller && editing?.kind === 'emotionLabel' && (
          <EmotionLabelEditor
            key={`${editing.slot.personaId}|${editing.slot.stageId}|${editing.slot.curve}`}
            slot={editing.slot}
            initial={emotionPointFor(map, editing.slot)?.label ?? ''}
            typed={editing.typed}
            controller={controller}
            onCancel={finishEditing}
            onCommit={(label) => {
              store.run(setEmotionLabel, { ...editing.slot, label });
              finishEditing();
            }}
          />
        )}
        {controller && !presenting && <Minimap ui={ui} controller={controller} />}
        {!presenting && <DiskChangeBar session={session} />}
        {!presenting && <RecentMaps api={api} session={session} store={store} />}
        <WorkshopLayer
          store={store}
          workshop={workshop}
          controller={controller}
          map={map}
          messages={messages}
          presenting={presenting}
          onDockWidth={presenting ? reserveRight : undefined}
        />
        {contextMenu && !presenting && (
          <ContextMenu state={contextMenu} store={store} ui={ui} actions={actionContext} isMac={isMac} onClose={() => setContextMenu(null)} />
        )}
      </main>
      {!presenting && <PanelHost store={store} ui={ui} api={api} messages={messages} />}
      {!presenting && <StatusBar store={store} ui={ui} session={session} messages={messages} controller={controller} isMac={isMac} />}
      <ShortcutsOverlay ui={ui} isMac={isMac} />
      <ShareDialogs share={share} map={map} />
      <ExportDialogs exporter={exporter} ui={ui} map={map} />
      <RecoveryDialog recovery={recovery} />
      <ErrorDialogs messages={messages} />
      <ConfirmDialog messages={messages} />
      <Notices messages={messages} />
    </div>
  );
}
