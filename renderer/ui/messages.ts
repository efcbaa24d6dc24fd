/** Error dialogs and short notices, queued so that none is lost when two arrive together. */
import { useSyncExternalStore } from 'react';

export interface ErrorMessage {
  readonly id: number;
  readonly title: string;
  readonly message: string;
  readonly details: readonly string[];
}

export interface Notice {
  readonly id: number;
  readonly text: string;
}

/** A question before a destructive step: `confirm` names the button that goes ahead. */
export interface ConfirmRequest {
  readonly title: string;
  readonly message: string;
  readonly confirm: string;
}

export interface PendingConfirm extends ConfirmRequest {
  readonly id: number;
}

interface MessagesState {
  readonly errors: readonly ErrorMessage[];
  readonly notices: readonly Notice[];
  readonly busy: string | null;
  readonly confirms: readonly PendingConfirm[];
}

export class Messages {
  private state: MessagesState = { errors: [], notices: [], busy: null, confirms: [] };
  private nextId = 1;
  private readonly answers = new Map<number, (ok: boolean) => void>();
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly get = (): MessagesState => this.state;

  error(title: string, message: string, details: readonly string[] = []): void {
    this.update({ errors: [...this.state.errors, { id: this.nextId++, title, message, details }] });
  }

  dismissError(id: number): void {
    this.update({ errors: this.state.errors.filter((e) => e.id !== id) });
  }

  notice(text: string): number {
    const id = this.nextId++;
    this.update({ notices: [...this.state.notices, { id, text }] });
    return id;
  }

  dismissNotice(id: number): void {
    this.update({ notices: this.state.notices.filter((n) => n.id !== id) });
  }

  /** Asks the question in a dialog; resolves true when the user goes ahead. */
  confirm(request: ConfirmRequest): Promise<boolean> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.answers.set(id, resolve);
      this.update({ confirms: [...this.state.confirms, { ...request, id }] });
    });
  }

  answerConfirm(id: number, ok: boolean): void {
    this.update({ confirms: this.state.confirms.filter((c) => c.id !== id) });
    this.answers.get(id)?.(ok);
    this.answers.delete(id);
  }

  /** Shows progress for anything that waits on the disk; null when done. */
  setBusy(text: string | null): void {
    this.update({ busy: text });
  }

  private update(changes: Partial<MessagesState>): void {
    this.state = { ...this.state, ...changes };
    for (const listener of this.listeners) listener();
  }
}

export const useMessages = (messages: Messages) => useSyncExternalStore(messages.subscribe, messages.get);
