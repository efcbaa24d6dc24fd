/**
 * Edits a note in place: a textarea laid exactly over the sticky, with the
 * sticky's paper colour and the font size the layout would fit the text at.
 * Enter commits and starts the next note in the same cell; Shift+Enter adds a
 * line; Ctrl/Cmd+Enter commits and stops; Esc cancels.
 */
import { useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardController } from '../../board/boardController';
import { NOTE_PAINT, FONT_FAMILY } from '../../board/theme';
import type { NoteFitter } from '../../board/textMeasure';
import { DEFAULT_NOTE_COLOR } from '../../model/conventions';
import { NOTE_WIDTH, cellOf, slotRect } from '../../model/layout';
import { LINE_HEIGHT, NOTE_TEXT_PADDING } from '../../model/textFit';
import type { JourneyMap } from '../../model/types';
import type { Cell } from '../../state/commands/noteCommands';
import { isImeKey } from '../imeKeys';
import type { LayoutStore } from '../../state/layoutStore';
import { useCamera } from './useCamera';

export type NoteEditTarget =
  | { readonly kind: 'note'; readonly noteId: string }
  | { readonly kind: 'newNote'; readonly cell: Cell; readonly draft: number; readonly text: string };

export interface NoteEditorProps {
  readonly target: NoteEditTarget;
  readonly map: JourneyMap;
  readonly controller: BoardController;
  /** The live layout: right after Enter saved a note it already holds that note, so the next one opens beside it. */
  readonly layouts: LayoutStore;
  readonly fitNote: NoteFitter;
  /** `next`: the user pressed Enter and wants another note in the same cell. */
  readonly onCommit: (text: string, next: boolean) => void;
  readonly onCancel: () => void;
}

export function NoteEditor({ target, map, controller, layouts, fitNote, onCommit, onCancel }: NoteEditorProps) {
  const { t } = useTranslation();
  const camera = useCamera(controller);
  const note = target.kind === 'note' ? map.notes[target.noteId] : undefined;
  // A note started by typing on the board begins with what was typed.
  const [text, setText] = useState(target.kind === 'note' ? (note?.text ?? '') : target.text);
  const done = useRef(false);
  const area = useRef<HTMLTextAreaElement>(null);

  const layout = useSyncExternalStore(layouts.subscribe, layouts.get);
  const rect = useMemo(() => {
    if (target.kind === 'note') return layout.noteIndex[target.noteId] ?? null;
    const cell = cellOf(layout, target.cell.laneId, target.cell.stageId);
    return cell ? slotRect(layout, cell, cell.noteIds.length, new Set()) : null;
  }, [layout, target]);

  useLayoutEffect(() => {
    const element = area.current;
    if (!element) return;
    element.focus();
    element.setSelectionRange(element.value.length, element.value.length);
    if (rect) controller.revealForEditing(rect);
  }, [target]);

  if (!rect) return null;
  const lane = map.lanes[target.kind === 'note' ? (note?.laneId ?? '') : target.cell.laneId];
  const color = note?.color ?? (lane ? DEFAULT_NOTE_COLOR[lane.kind] : 'yellow');
  const fitted = fitNote(text);
  const scale = camera.scale;

  const finish = (commit: boolean, next: boolean) => {
    if (done.current) return;
    done.current = true;
    if (commit) onCommit(text, next);
    else onCancel();
  };

  return (
    <textarea
      ref={area}
      className="note-editor"
      data-testid="note-editor"
      aria-label={t('board.noteEditor')}
      value={text}
      spellCheck
      onChange={(e) => setText(e.target.value)}
      onBlur={() => finish(true, false)}
      onKeyDown={(e) => {
        if (isImeKey(e.nativeEvent)) {
          // The IME owns this key (Enter picks a candidate, Esc cancels the composition).
          e.stopPropagation();
          return;
        }
        if (e.key === 'Escape') {
          e.preventDefault();
          finish(false, false);
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          finish(true, false);
        } else if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          finish(true, true);
        }
        // Plain keys belong to the field; shortcuts (Ctrl+S…) still reach the app.
        if (!e.ctrlKey && !e.metaKey && !e.altKey) e.stopPropagation();
      }}
      style={{
        left: rect.x * scale + camera.x,
        top: rect.y * scale + camera.y,
        width: NOTE_WIDTH * scale,
        height: Math.max(rect.height, fitted.height) * scale,
        padding: NOTE_TEXT_PADDING * scale,
        fontSize: fitted.fontSize * scale,
        lineHeight: LINE_HEIGHT,
        fontFamily: FONT_FAMILY,
        background: NOTE_PAINT[color].fill,
        borderTop: `${5 * scale}px solid ${NOTE_PAINT[color].edge}`,
      }}
    />
  );
}
