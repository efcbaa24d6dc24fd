/** The native message boxes of rendererHealth.ts, parented to the window whose renderer failed. */
import { type BrowserWindow, dialog } from 'electron';
import type { Translate } from './i18n';
import type { RendererDialogs } from './rendererHealth';

export function createRendererDialogs(window: BrowserWindow, t: Translate): RendererDialogs {
  return {
    async askAfterCrash(reason) {
      const { response } = await dialog.showMessageBox(window, {
        type: 'error',
        message: t('dialog.rendererGone.message'),
        detail: t('dialog.rendererGone.detail', { reason }),
        buttons: [t('dialog.rendererGone.reload'), t('dialog.rendererGone.close')],
        defaultId: 0,
        cancelId: 1,
        noLink: true,
      });
      return response === 0 ? 'reload' : 'close';
    },
    async askWhenUnresponsive(signal) {
      const { response } = await dialog.showMessageBox(window, {
        type: 'warning',
        message: t('dialog.rendererHung.message'),
        detail: t('dialog.rendererHung.detail'),
        buttons: [t('dialog.rendererHung.reload'), t('dialog.rendererHung.wait')],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
        signal,
      });
      return response === 0 ? 'reload' : 'wait';
    },
  };
}
