/**
 * Locking the board for participants, and unlocking it: both deliberate. The
 * lock takes an optional PIN; unlocking asks to confirm, and asks for the PIN
 * when one was set. Refused commands show one calm notice at a time.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentStore } from '../../state/documentStore';
import { useValue } from '../useUi';
import { DialogActions, ModalDialog } from '../dialogs/ModalDialog';
import type { Messages } from '../messages';
import { lockWithPin, unlockDigest } from './lockKeeper';
import type { Workshop } from './workshop';

/** A key held down or a repeated drag says the same thing; one notice is enough. */
const NOTICE_GAP_MS = 4000;
const PIN_PATTERN = /^\d{0,8}$/;

export function useLocked(store: DocumentStore): boolean {
  return useSyncExternalStore(store.subscribe, () => store.participantLock !== null);
}

export function LockDialogs({ store, workshop, messages }: { readonly store: DocumentStore; readonly workshop: Workshop; readonly messages: Messages }) {
  const { t } = useTranslation();
  const { open } = useValue(workshop.lockDialog);
  const [pin, setPin] = useState('');
  const [wrongPin, setWrongPin] = useState(false);
  const needsPin = store.participantLock?.pin != null;

  useEffect(() => {
    let last = Number.NEGATIVE_INFINITY;
    return store.onRefused(() => {
      const now = performance.now();
      if (now - last < NOTICE_GAP_MS) return;
      last = now;
      messages.notice(t('lock.refused'));
    });
  }, [store, messages, t]);

  useEffect(() => {
    setPin('');
    setWrongPin(false);
  }, [open]);

  const close = () => workshop.lockDialog.set({ open: null });
  // The PIN is hashed before the store sees it (see lockKeeper.ts), which takes a moment: async.
  const confirm = async () => {
    if (open === 'lock') {
      store.lockFor(await lockWithPin(pin));
      messages.notice(t('lock.lockedNotice'));
      close();
    } else if (store.unlock(await unlockDigest(store.participantLock, pin))) {
      close();
    } else {
      setWrongPin(true);
    }
  };

  return (
    <ModalDialog open={open !== null} className="message-dialog lock-dialog" testId="lock-dialog" labelledBy="lock-title" onCancel={close}>
      {open && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void confirm();
          }}
        >
          <h2 id="lock-title">{open === 'lock' ? t('lock.lockTitle') : t('lock.unlockTitle')}</h2>
          <p>{open === 'lock' ? t('lock.lockText') : t('lock.unlockText')}</p>
          {(open === 'lock' || needsPin) && (
            <label className="field">
              {open === 'lock' ? t('lock.pinOptional') : t('lock.pin')}
              <input
                type="password"
                inputMode="numeric"
                autoComplete="off"
                value={pin}
                autoFocus
                aria-invalid={wrongPin}
                onChange={(e) => {
                  if (PIN_PATTERN.test(e.target.value)) setPin(e.target.value);
                  setWrongPin(false);
                }}
              />
            </label>
          )}
          {wrongPin && (
            <p className="lock-error" role="alert">
              {t('lock.wrongPin')}
            </p>
          )}
          <DialogActions
            cancelLabel={t('vote.cancel')}
            onCancel={close}
            submitLabel={open === 'lock' ? t('lock.lock') : t('lock.unlock')}
            submitAutoFocus={open === 'unlock' && !needsPin}
          />
        </form>
      )}
    </ModalDialog>
  );
}
