/** A plain observable value for view state outside the document (selection, the timer, the voting view). */

export class ValueStore<T extends object> {
  private readonly listeners = new Set<() => void>();

  constructor(private state: T) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly get = (): T => this.state;

  set(changes: Partial<T>): void {
    this.state = { ...this.state, ...changes };
    for (const listener of this.listeners) listener();
  }
}
