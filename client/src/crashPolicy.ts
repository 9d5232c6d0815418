/**
 * When the language server process dies, restart it a few times, then stop and ask the user
 * (no `vscode` import, so it is unit-testable). Without a limit a server that crashes on start
 * would be restarted forever, each time spamming the log.
 */
export class CrashPolicy {
  private crashes: number[] = [];

  constructor(
    readonly maxRestarts = 4,
    readonly windowMs = 3 * 60 * 1000,
  ) {}

  /** Records a crash at `now`; true if the server should be restarted automatically. */
  shouldRestart(now: number = Date.now()): boolean {
    this.crashes = this.crashes.filter((at) => now - at < this.windowMs);
    this.crashes.push(now);
    return this.crashes.length <= this.maxRestarts;
  }

  /** Crashes counted in the current window. */
  get recentCrashes(): number {
    return this.crashes.length;
  }

  /** Forget past crashes (after the user restarts the server by hand). */
  reset(): void {
    this.crashes = [];
  }
}
