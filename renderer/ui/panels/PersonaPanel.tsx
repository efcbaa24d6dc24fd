/**
 * The persona card as an editor: who the persona is, how they buy, what
 * drives and worries them, and which research the card rests on. Each change
 * is one `updatePersona`, so the room can undo it step by step.
 */
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyboardApi } from '../../../electron/ipc-contract';
import { CHANNEL_ICONS } from '../../board/icons';
import { PERSONA_COLORS } from '../../model/conventions';
import { CHANNELS, DATA_SOURCES, PURCHASE_FREQUENCIES, RECENCIES } from '../../model/schema';
import type { Persona } from '../../model/types';
import { removePersona, updatePersona } from '../../state/commands/personaCommands';
import type { DocumentStore } from '../../state/documentStore';
import type { Messages } from '../messages';
import { CheckChoices, type Choice, RadioChoices } from './ChoiceGroups';
import { CommitText } from './CommitText';
import { EditableList } from './EditableList';
import { ExtraFields } from './ExtraFields';
import { PersonaPhoto } from './PersonaPhoto';

type PersonaChanges = Parameters<typeof updatePersona.perform>[1]['changes'];
type Demographics = Persona['demographics'];
type Behaviour = Persona['behaviour'];

const NEEDS_AND_FEARS = ['needs', 'motivations', 'fears', 'obstacles'] as const;

export interface PersonaPanelProps {
  readonly persona: Persona;
  /** The last persona cannot go: every map has at least one. */
  readonly isLast: boolean;
  readonly store: DocumentStore;
  readonly api: JourneyboardApi;
  readonly messages: Messages;
}

function Section({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  const id = useId();
  return (
    <section className="panel-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

export function PersonaPanel({ persona, isLast, store, api, messages }: PersonaPanelProps) {
  const { t } = useTranslation('panels');
  const update = (changes: PersonaChanges) => store.run(updatePersona, { personaId: persona.id, changes });
  const { demographics, behaviour } = persona;
  const setDemographics = (changes: Partial<Demographics>) => update({ demographics: { ...demographics, ...changes } });
  const setBehaviour = (changes: Partial<Behaviour>) => update({ behaviour: { ...behaviour, ...changes } });
  const notSet = t('persona.notSet');

  const demographicField = (key: 'age' | 'location' | 'occupation', maxLength: number) => (
    <CommitText
      label={t(`persona.demographics.${key}`)}
      value={demographics[key]}
      maxLength={maxLength}
      onCommit={(text) => setDemographics({ [key]: text })}
    />
  );

  return (
    <div className="persona-panel">
      <PersonaPhoto persona={persona} api={api} messages={messages} onChange={(photo) => update({ photo })} />
      <CommitText
        label={t('persona.name')}
        lines="wrapped"
        className="text-input name-input"
        value={persona.name}
        maxLength={200}
        // A persona without a name cannot be told apart on the board; emptying it keeps the old one.
        onCommit={(name) => {
          if (name) update({ name });
        }}
      />
      <RadioChoices
        className="swatches"
        legend={t('persona.colour')}
        choices={PERSONA_COLORS.map((color, i) => ({ value: color, label: t('persona.colourOption', { number: i + 1 }), swatch: color }))}
        value={persona.color}
        onChange={(color) => update({ color })}
      />

      <CommitText
        label={t('persona.quote')}
        lines="paragraph"
        value={persona.quote}
        maxLength={1000}
        placeholder={t('persona.quotePlaceholder')}
        onCommit={(quote) => update({ quote })}
      />
      <CommitText label={t('persona.segment')} value={persona.segment} maxLength={200} onCommit={(segment) => update({ segment })} />

      <Section title={t('persona.demographics.heading')}>
        <div className="field-grid">
          {demographicField('age', 50)}
          {demographicField('location', 200)}
        </div>
        {demographicField('occupation', 200)}
        <ExtraFields fields={demographics.extra} onChange={(extra) => setDemographics({ extra })} />
      </Section>

      <Section title={t('persona.behaviour.heading')}>
        <RadioChoices
          legend={t('persona.behaviour.purchaseFrequency')}
          choices={[{ value: null, label: notSet }, ...PURCHASE_FREQUENCIES.map((f) => ({ value: f, label: t(`persona.behaviour.frequency.${f}`) }))]}
          value={behaviour.purchaseFrequency}
          onChange={(purchaseFrequency) => setBehaviour({ purchaseFrequency })}
        />
        <RadioChoices
          legend={t('persona.behaviour.recency')}
          choices={[{ value: null, label: notSet }, ...RECENCIES.map((r) => ({ value: r, label: t(`persona.behaviour.recencyValue.${r}`) }))]}
          value={behaviour.recency}
          onChange={(recency) => setBehaviour({ recency })}
        />
        <CommitText
          label={t('persona.behaviour.averageBasket')}
          value={behaviour.averageBasket}
          maxLength={100}
          placeholder={t('persona.behaviour.averageBasketPlaceholder')}
          onCommit={(averageBasket) => setBehaviour({ averageBasket })}
        />
        <div className="field">
          <span className="field-label">{t('persona.behaviour.topCategories')}</span>
          <EditableList
            name={t('persona.behaviour.topCategories')}
            items={behaviour.topCategories}
            addPlaceholder={t('persona.behaviour.addCategory')}
            onChange={(topCategories) => setBehaviour({ topCategories })}
          />
        </div>
        <CheckChoices
          legend={t('persona.behaviour.channels')}
          choices={CHANNELS.map((c): Choice<(typeof CHANNELS)[number]> => ({ value: c, label: t(`app:channel.${c}`), icon: CHANNEL_ICONS[c] }))}
          values={behaviour.channels}
          onChange={(channels) => setBehaviour({ channels })}
        />
        <div className="field">
          <span className="field-label">{t('persona.behaviour.devices')}</span>
          <EditableList
            name={t('persona.behaviour.devices')}
            items={behaviour.devices}
            addPlaceholder={t('persona.behaviour.addDevice')}
            onChange={(devices) => setBehaviour({ devices })}
          />
        </div>
      </Section>

      {NEEDS_AND_FEARS.map((key) => (
        <Section key={key} title={t(`persona.${key}.heading`)}>
          <EditableList name={t(`persona.${key}.heading`)} items={persona[key]} addPlaceholder={t(`persona.${key}.add`)} onChange={(items) => update({ [key]: items })} />
        </Section>
      ))}

      <Section title={t('persona.dataSources.heading')}>
        <CheckChoices
          legend={t('persona.dataSources.legend')}
          choices={DATA_SOURCES.map((s) => ({ value: s, label: t(`persona.dataSources.value.${s}`) }))}
          values={persona.dataSources}
          onChange={(dataSources) => update({ dataSources })}
        />
      </Section>

      <Section title={t('persona.board.heading')}>
        <label className="switch-row">
          <input type="checkbox" role="switch" checked={persona.showCard} onChange={(e) => update({ showCard: e.target.checked })} />
          <span>{t('persona.board.showCard')}</span>
        </label>
        <button
          type="button"
          className="panel-button danger"
          disabled={isLast}
          title={isLast ? t('persona.board.removeLast') : undefined}
          onClick={() => store.run(removePersona, { personaId: persona.id })}
        >
          {t('persona.board.remove')}
        </button>
        {isLast && <p className="field-hint">{t('persona.board.removeLast')}</p>}
      </Section>
    </div>
  );
}
