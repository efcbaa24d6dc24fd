/**
 * The persona's own demographic fields (phone, household…), as label/value
 * rows. Naming a new field adds it; Enter then moves on to its value.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Persona } from '../../model/types';
import { CommitText } from './CommitText';

type Extra = Persona['demographics']['extra'][number];

/** The schema's limits for extra demographic fields. */
const MAX_FIELDS = 50;
const MAX_LABEL_CHARS = 100;
const MAX_VALUE_CHARS = 500;

export interface ExtraFieldsProps {
  readonly fields: readonly Extra[];
  readonly onChange: (fields: readonly Extra[]) => void;
}

export function ExtraFields({ fields, onChange }: ExtraFieldsProps) {
  const { t } = useTranslation('panels');
  const [focusValueOf, setFocusValueOf] = useState<number | null>(null);

  const edit = (index: number, changes: Partial<Extra>) => {
    const next = { ...fields[index]!, ...changes };
    onChange(next.label || next.value ? fields.map((f, i) => (i === index ? next : f)) : fields.filter((_, i) => i !== index));
  };
  const remove = (index: number) => onChange(fields.filter((_, i) => i !== index));

  return (
    <div className="extra-fields">
      {fields.map((field, index) => {
        const name = field.label || t('persona.demographics.unnamed');
        return (
          <div key={index} className="extra-row">
            <CommitText
              className="text-input extra-label"
              value={field.label}
              maxLength={MAX_LABEL_CHARS}
              ariaLabel={t('persona.demographics.extraName', { number: index + 1 })}
              onCommit={(label) => edit(index, { label })}
            />
            <CommitText
              lines="wrapped"
              value={field.value}
              maxLength={MAX_VALUE_CHARS}
              ariaLabel={name}
              autoFocus={focusValueOf === index}
              onCommit={(value) => edit(index, { value })}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={t('persona.demographics.removeExtra', { label: name })}
              title={t('persona.demographics.removeExtra', { label: name })}
              onClick={() => remove(index)}
            >
              ×
            </button>
          </div>
        );
      })}
      {fields.length < MAX_FIELDS && (
        <div className="extra-row add-row">
          <span className="add-mark" aria-hidden="true">
            +
          </span>
          <CommitText
            className="text-input extra-add"
            value=""
            maxLength={MAX_LABEL_CHARS}
            ariaLabel={t('persona.demographics.addExtra')}
            placeholder={t('persona.demographics.addExtra')}
            onCommit={(label, via) => {
              if (!label) return;
              setFocusValueOf(via === 'enter' ? fields.length : null);
              onChange([...fields, { label, value: '' }]);
            }}
          />
        </div>
      )}
    </div>
  );
}
