/**
 * Text fields that change the map only when the facilitator is done with
 * them (Enter, or leaving the field), so each edit is one meaningful undo
 * step rather than one per keystroke. Esc puts the stored text back.
 */
import { type ChangeEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { isImeKey } from '../imeKeys';

export type CommitVia = 'enter' | 'blur';

export interface CommitTextProps {
  readonly value: string;
  /** Gets the trimmed text when it differs from `value`; returning false keeps the text on screen for correcting. */
  readonly onCommit: (text: string, via: CommitVia) => boolean | void;
  readonly maxLength: number;
  /**
   * single: one line. wrapped: long text wraps and the field grows; Enter commits
   * and line breaks are not kept. paragraph: like wrapped, but Shift+Enter starts a new line.
   */
  readonly lines?: 'single' | 'wrapped' | 'paragraph';
  /** The visible label above the field; without one, `ariaLabel` names the field. */
  readonly label?: string;
  readonly ariaLabel?: string;
  readonly placeholder?: string;
  readonly className?: string;
  readonly autoFocus?: boolean;
  readonly inputMode?: 'text' | 'decimal';
  /** Shown under the field while `onCommit` refuses the text. */
  readonly invalidMessage?: string;
}

export function CommitText({ value, onCommit, maxLength, lines = 'single', label, ariaLabel, placeholder, className, autoFocus, inputMode, invalidMessage }: CommitTextProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const id = useId();
  const errorId = `${id}-error`;
  const error = useRef<HTMLSpanElement>(null);
  // The field may sit at the bottom edge of the panel; the room should see why it turned red.
  useEffect(() => {
    if (invalid) error.current?.scrollIntoView({ block: 'nearest' });
  }, [invalid]);

  const commit = (via: CommitVia) => {
    if (draft === null) return;
    const text = (lines === 'paragraph' ? draft : draft.replace(/\s*\n\s*/g, ' ')).trim();
    if (text !== value && onCommit(text, via) === false) {
      setInvalid(true);
      return;
    }
    setDraft(null);
    setInvalid(false);
  };

  const props = {
    id,
    className: className ?? 'text-input',
    value: draft ?? value,
    maxLength,
    placeholder,
    autoFocus,
    'aria-label': ariaLabel,
    'aria-invalid': invalid || undefined,
    'aria-describedby': invalid && invalidMessage ? errorId : undefined,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      setDraft(e.target.value);
      setInvalid(false);
    },
    onBlur: () => commit('blur'),
    onKeyDown: (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (isImeKey(e.nativeEvent)) return;
      if (e.key === 'Enter' && !(lines === 'paragraph' && e.shiftKey)) {
        e.preventDefault();
        commit('enter');
      } else if (e.key === 'Escape') {
        // With nothing to put back, Esc leaves the field, so the next Esc can close the panel.
        if (draft === null) e.currentTarget.blur();
        setDraft(null);
        setInvalid(false);
      }
    },
  };

  const field = (
    <>
      {lines === 'single' ? <input type="text" inputMode={inputMode} {...props} /> : <textarea rows={1} {...props} />}
      {invalid && invalidMessage && (
        <span ref={error} id={errorId} className="field-error" role="alert">
          {invalidMessage}
        </span>
      )}
    </>
  );
  if (!label) return field;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {field}
    </div>
  );
}
