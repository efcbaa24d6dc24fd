/**
 * Wires the board's DOM input to the controller: pointer, wheel, clicks,
 * context menu, Space held for panning, and the three ways a gesture ends
 * with nothing dropped (Esc, the window losing focus, `pointercancel`).
 */
import { type RefObject, useEffect } from 'react';
import type { BoardController } from './boardController';
import { isBoardTarget } from './textTargets';

export function useBoardPointer(container: RefObject<HTMLDivElement | null>, controller: BoardController): void {
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const local = (e: MouseEvent) => {
      const r = element.getBoundingClientRect();
      return { x: e.clientX - r.left, y: e.clientY - r.top };
    };
    const setCursor = (cursor: string) => {
      if (element.style.cursor !== cursor) element.style.cursor = cursor;
    };
    const down = (e: PointerEvent) => {
      if (e.button === 0 || e.button === 1) element.setPointerCapture(e.pointerId);
      if (e.button === 1) e.preventDefault();
      element.focus({ preventScroll: true });
      const p = local(e);
      setCursor(controller.pointerDown(p.x, p.y, e.button, e.shiftKey || e.metaKey || e.ctrlKey));
    };
    const move = (e: PointerEvent) => {
      const p = local(e);
      setCursor(controller.pointerMove(p.x, p.y));
    };
    const up = (e: PointerEvent) => {
      if (element.hasPointerCapture(e.pointerId)) element.releasePointerCapture(e.pointerId);
      controller.pointerUp();
      const p = local(e);
      setCursor(controller.pointerMove(p.x, p.y));
    };
    // The OS took the pointer (a touch turned into a scroll, a system gesture): nothing is dropped.
    const cancel = (e: PointerEvent) => {
      if (element.hasPointerCapture(e.pointerId)) element.releasePointerCapture(e.pointerId);
      controller.cancelGesture();
      setCursor('default');
    };
    // Alt+Tab and the like: the keyup of Space and the pointerup never arrive here.
    const blur = () => {
      controller.blur();
      setCursor('default');
    };
    const click = (e: MouseEvent) => {
      const p = local(e);
      if (e.detail === 1) controller.click(p.x, p.y);
    };
    const dblclick = (e: MouseEvent) => {
      const p = local(e);
      controller.doubleClick(p.x, p.y);
    };
    const wheel = (e: WheelEvent) => {
      e.preventDefault();
      const p = local(e);
      controller.wheel(p.x, p.y, { deltaX: e.deltaX, deltaY: e.deltaY, deltaMode: e.deltaMode, ctrl: e.ctrlKey || e.metaKey, shift: e.shiftKey });
    };
    const context = (e: MouseEvent) => {
      e.preventDefault();
      const p = local(e);
      controller.contextMenu(p.x, p.y);
    };
    // Esc during a gesture ends just the gesture, before the app's keys see it (where Esc clears the selection).
    const escape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !controller.isGesturing()) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      controller.cancelGesture();
      setCursor('default');
    };
    const key = (held: boolean) => (e: KeyboardEvent) => {
      // Space on a button or in a field is that control's own; only a release is always taken.
      if (e.code !== 'Space' || (held && !isBoardTarget(e.target))) return;
      controller.setSpaceHeld(held);
      if (held) e.preventDefault();
    };
    const keyDown = key(true);
    const keyUp = key(false);
    type Listening = [EventTarget, string, (e: never) => void, AddEventListenerOptions?];
    const listeners: Listening[] = [
      [element, 'pointerdown', down],
      [element, 'pointermove', move],
      [element, 'pointerup', up],
      [element, 'pointercancel', cancel],
      [element, 'click', click],
      [element, 'dblclick', dblclick],
      [element, 'wheel', wheel, { passive: false }],
      [element, 'contextmenu', context],
      [window, 'keydown', escape, { capture: true }],
      [window, 'keydown', keyDown],
      [window, 'keyup', keyUp],
      [window, 'blur', blur],
    ];
    for (const [target, type, listener, options] of listeners) target.addEventListener(type, listener as EventListener, options);
    return () => {
      for (const [target, type, listener, options] of listeners) target.removeEventListener(type, listener as EventListener, options);
    };
  }, [container, controller]);
}
