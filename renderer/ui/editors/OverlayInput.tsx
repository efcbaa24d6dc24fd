/**
 * A one-line text field laid over the board: focused and selected on open,
 * Enter or leaving the field commits, Esc cancels, and it finishes only once.
 */
import { type CSSProperties, useLayoutEffect, useRef, useState } from 'react';
import { isImeKey } from '../imeKeys';

export interface OverlayInputProps {
  readonly initial: string;
  readonly label: string;
  readonly testId: string;
  readonly style: CSSProperties;
  readonly placeholder?: string;
  /** Called with the trimmed text when it differs from `initial` (and, with `allowEmpty` false, is not empty). */
  readonly onCommit: (value: string) => void;
  readonly onCancel: () => void;
  readonly allowEmpty?: boolean;
  /** Text typed on the board that opened the field: it starts with it, caret at the end, instead of `initial` selected. */
  readonly startWith?: string;
}

export function OverlayInput({ initial, label, testId, style, placeholder, onCommit, onCancel, allowEmpty = false, startWith }: OverlayInputProps) {
  const [value, setValue] = useState(startWith ?? initial);
  const done = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const element = input.current;
    element?.focus();
    if (startWith === undefined) element?.select();
    else element?.setSelectionRange(startWith.length, startWith.length);
  }, []);

  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    const trimmed = value.trim();
    if (commit && trimmed !== initial && (allowEmpty || trimmed)) onCommit(trimmed);
    else onCancel();
  };

  return (
    <input
      ref={input}
      className="inline-rename"
      data-testid={testId}
      aria-label={label}
      placeholder={placeholder}
      value={value}
      maxLength={200}
      style={style}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        if (isImeKey(e.nativeEvent)) {
          e.stopPropagation();
          return;
        }
        if (e.key === 'Enter') {
          // Focus returns to the board at once: the Enter must not go on to type a line there.
          e.preventDefault();
          finish(true);
        }
        else if (e.key === 'Escape') finish(false);
        // Plain keys belong to the field; shortcuts (Ctrl+S…) still reach the app.
        if (!e.ctrlKey && !e.metaKey && !e.altKey) e.stopPropagation();
      }}
    />
  );
}
