/** Groups of real radio buttons and checkboxes (keyboard and screen readers work as usual), drawn as large chips for a projector. */
import { useId } from 'react';
import type { IconNode } from 'lucide';
import { LucideIcon } from '../LucideIcon';

export interface Choice<T> {
  readonly value: T;
  readonly label: string;
  readonly icon?: IconNode;
  /** A colour swatch drawn instead of the label, which then names it for screen readers and on hover. */
  readonly swatch?: string;
}

function ChoiceFace<T>({ choice }: { readonly choice: Choice<T> }) {
  if (choice.swatch) return <span className="choice-swatch" style={{ background: choice.swatch }} />;
  return (
    <span className="choice-face">
      {choice.icon && <LucideIcon icon={choice.icon} />}
      {choice.label}
    </span>
  );
}

export interface RadioChoicesProps<T extends string | null> {
  readonly legend: string;
  readonly choices: readonly Choice<T>[];
  readonly value: T;
  readonly onChange: (value: T) => void;
  readonly className?: string;
}

export function RadioChoices<T extends string | null>({ legend, choices, value, onChange, className }: RadioChoicesProps<T>) {
  const name = useId();
  return (
    <fieldset className={className ? `choices ${className}` : 'choices'}>
      <legend className="field-label">{legend}</legend>
      <div className="choice-options">
        {choices.map((choice) => (
          <label key={String(choice.value)} className="choice" title={choice.swatch ? choice.label : undefined}>
            <input
              type="radio"
              name={name}
              checked={choice.value === value}
              aria-label={choice.swatch ? choice.label : undefined}
              onChange={() => onChange(choice.value)}
            />
            <ChoiceFace choice={choice} />
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export interface CheckChoicesProps<T extends string> {
  readonly legend: string;
  readonly choices: readonly Choice<T>[];
  readonly values: readonly T[];
  /** Gets the checked values in the order of `choices`, so saved files do not depend on click order. */
  readonly onChange: (values: T[]) => void;
}

export function CheckChoices<T extends string>({ legend, choices, values, onChange }: CheckChoicesProps<T>) {
  const toggle = (value: T, on: boolean) =>
    onChange(choices.map((c) => c.value).filter((v) => (v === value ? on : values.includes(v))));
  return (
    <fieldset className="choices chips">
      <legend className="field-label">{legend}</legend>
      <div className="choice-options">
        {choices.map((choice) => (
          <label key={choice.value} className="choice">
            <input type="checkbox" checked={values.includes(choice.value)} onChange={(e) => toggle(choice.value, e.target.checked)} />
            <ChoiceFace choice={choice} />
          </label>
        ))}
      </div>
    </fieldset>
  );
}
