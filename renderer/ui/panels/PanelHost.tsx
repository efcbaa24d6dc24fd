/** The side panel slot: the persona card, a touchpoint's details or the touchpoint summary. */
import type { JourneyboardApi } from '../../../electron/ipc-contract';
import type { DocumentStore } from '../../state/documentStore';
import { type UiStore, useUi } from '../../state/uiStore';
import type { Messages } from '../messages';

export interface PanelHostProps {
  readonly store: DocumentStore;
  readonly ui: UiStore;
  readonly api: JourneyboardApi;
  readonly messages: Messages;
}

export function PanelHost({ ui }: PanelHostProps) {
  const panel = useUi(ui, (s) => s.panel);
  if (!panel) return null;
  return null;
}
