/**
 * Wires every contract channel to ipcMain. Before any argument is looked at,
 * the sender must be the top frame of one of our windows showing our renderer;
 * then dispatchInvoke validates the arguments against the contract.
 */
import { ipcMain, type WebContents, type WebFrameMain } from 'electron';
import { invokeChannel } from '../ipc-contract';
import { isTrustedRendererUrl, type RendererOrigin } from '../security/trust';
import { dispatchInvoke, INVOKE_CHANNELS, type InvokeHandlers } from './invokeHandlers';
import type { InvokeContext } from './ports';

export function registerIpcHandlers(options: {
  readonly handlers: InvokeHandlers;
  readonly origin: RendererOrigin;
  /** The context of the window owning `sender`, or null when it is not one of ours. */
  readonly contextFor: (sender: WebContents) => InvokeContext | null;
}): void {
  const isTrustedFrame = (frame: WebFrameMain | null): boolean =>
    frame !== null && frame.parent === null && isTrustedRendererUrl(frame.url, options.origin);

  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(invokeChannel(channel), (event, ...args: unknown[]) => {
      const context = isTrustedFrame(event.senderFrame) ? options.contextFor(event.sender) : null;
      if (!context) throw new Error(`Refused ${channel}: the sender is not a Journeyboard window`);
      return dispatchInvoke(options.handlers, channel, args, context);
    });
  }
}
