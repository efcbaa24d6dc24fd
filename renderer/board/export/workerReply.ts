/** What the export workers (PNG encoding, PDF compression) use to answer the page. */

/** Posts `message` to the page, handing over the buffers in `transfer` rather than copying them. */
export function reply<Message>(message: Message, transfer: Transferable[] = []): void {
  postMessage(message, { transfer });
}

/** The reply for work that threw: its message, as plain data that crosses to the page. */
export const failed = (error: unknown) => ({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }) as const;
