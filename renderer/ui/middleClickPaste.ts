/**
 * Linux (X11 and Wayland) pastes the primary selection where the middle button
 * is released. On the board a middle drag pans, so that paste became a stray
 * note; in an editor it inserted stray text. Chromium sends it as an ordinary
 * `paste` event right after the middle button's release, so a paste that
 * follows a middle press, with no key pressed in between, is cancelled before
 * any handler sees it. Ctrl+V and the Edit menu still paste.
 */
const MIDDLE = 1;
/** The paste arrives in the same task as the release; anything later is a different paste. */
const AFTER_RELEASE_MS = 500;

export function suppressMiddleClickPaste(target: Window): () => void {
  let pressed = false;
  let releasedAt = Number.NEGATIVE_INFINITY;
  const press = (e: MouseEvent) => {
    pressed = e.button === MIDDLE;
  };
  const release = (e: MouseEvent) => {
    if (e.button !== MIDDLE || !pressed) return;
    releasedAt = e.timeStamp;
    // Blink skips the selection paste when the release's default is prevented.
    e.preventDefault();
  };
  const disarm = () => {
    pressed = false;
  };
  const paste = (e: ClipboardEvent) => {
    if (!pressed || e.timeStamp - releasedAt > AFTER_RELEASE_MS) return;
    pressed = false;
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const listeners: [string, (e: never) => void][] = [
    ['pointerdown', press],
    ['mousedown', press],
    ['pointerup', release],
    ['mouseup', release],
    ['auxclick', release],
    ['keydown', disarm],
    ['paste', paste],
  ];
  for (const [type, listener] of listeners) target.addEventListener(type, listener as EventListener, true);
  return () => {
    for (const [type, listener] of listeners) target.removeEventListener(type, listener as EventListener, true);
  };
}
