/**
 * A list of short texts (needs, fears, top categories…). The empty field at
 * the end adds: type, Enter, type the next one. Emptying an item removes it.
 */
import { useTranslation } from 'react-i18next';
import { CommitText } from './CommitText';

/** The schema's limits for a persona's text lists. */
const MAX_ITEMS = 100;
const MAX_ITEM_CHARS = 500;

export interface EditableListProps {
  readonly items: readonly string[];
  readonly onChange: (items: readonly string[]) => void;
  /** Names the list for screen readers, e.g. "Needs". */
  readonly name: string;
  readonly addPlaceholder: string;
}

export function EditableList({ items, onChange, name, addPlaceholder }: EditableListProps) {
  const { t } = useTranslation('panels');
  const replace = (index: number, text: string) =>
    onChange(text ? items.map((item, i) => (i === index ? text : item)) : items.filter((_, i) => i !== index));

  return (
    <ul className="editable-list" aria-label={name}>
      {items.map((item, index) => (
        <li key={index} className="list-row">
          <CommitText
            lines="wrapped"
            value={item}
            maxLength={MAX_ITEM_CHARS}
            ariaLabel={t('list.item', { list: name, number: index + 1 })}
            onCommit={(text) => replace(index, text)}
          />
          <button type="button" className="icon-button" aria-label={t('list.remove', { item })} title={t('list.remove', { item })} onClick={() => replace(index, '')}>
            ×
          </button>
        </li>
      ))}
      {items.length < MAX_ITEMS && (
        <li className="list-row add-row">
          <span className="add-mark" aria-hidden="true">
            +
          </span>
          <CommitText
            value=""
            maxLength={MAX_ITEM_CHARS}
            ariaLabel={addPlaceholder}
            placeholder={addPlaceholder}
            onCommit={(text) => {
              if (text) onChange([...items, text]);
            }}
          />
        </li>
      )}
    </ul>
  );
}
