/** The persona's photo with Import and Remove; a failed import says why and changes nothing. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyboardApi } from '../../../electron/ipc-contract';
import type { Persona } from '../../model/types';
import type { Messages } from '../messages';
import { embeddablePhoto } from './photoImport';

export interface PersonaPhotoProps {
  readonly persona: Persona;
  readonly api: JourneyboardApi;
  readonly messages: Messages;
  readonly onChange: (photo: string | null) => void;
}

const initialsOf = (name: string): string =>
  name
    .split(/[\s,]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => [...word][0]!.toUpperCase())
    .join('');

export function PersonaPhoto({ persona, api, messages, onChange }: PersonaPhotoProps) {
  const { t } = useTranslation('panels');
  const [busy, setBusy] = useState(false);

  const importPhoto = async () => {
    const title = t('photo.errorTitle');
    setBusy(true);
    try {
      const outcome = await api.importImage();
      if (outcome.kind === 'canceled') return;
      if (outcome.kind === 'error') {
        messages.error(title, t(`photo.fileError.${outcome.error.code}`), [outcome.error.detail]);
        return;
      }
      const photo = await embeddablePhoto(outcome.mime, outcome.base64);
      if (photo.kind === 'ready') onChange(photo.dataUrl);
      else messages.error(title, t(`photo.${photo.kind}`));
    } catch (error) {
      messages.error(title, t('photo.fileError.io'), [String(error)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="persona-photo">
      {persona.photo ? (
        <img className="photo-frame" src={persona.photo} alt={t('photo.alt', { name: persona.name })} />
      ) : (
        <div className="photo-frame placeholder" style={{ background: persona.color }} aria-hidden="true">
          {initialsOf(persona.name)}
        </div>
      )}
      <div className="photo-actions">
        <button type="button" className="panel-button" disabled={busy} onClick={() => void importPhoto()}>
          {busy ? t('photo.importing') : t('photo.import')}
        </button>
        {persona.photo && (
          <button type="button" className="panel-button" onClick={() => onChange(null)}>
            {t('photo.remove')}
          </button>
        )}
      </div>
    </div>
  );
}
