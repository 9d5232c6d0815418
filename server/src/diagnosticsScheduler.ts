/**
 * Debounces validation per document. A run always reads the document's newest version when it
 * fires, so a stale version is never published after a newer one.
 */
export class DiagnosticsScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    public delayMs: number,
    private readonly run: (uri: string) => void,
  ) {}

  schedule(uri: string, immediately = false): void {
    this.cancel(uri);
    if (immediately || this.delayMs === 0) {
      this.run(uri);
      return;
    }
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.run(uri);
      }, this.delayMs),
    );
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }
}
