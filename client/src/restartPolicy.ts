/**
 * When a crashed language server is started again. Kept free of `vscode` so
 * a unit test can drive it with its own clock.
 *
 * Why our own: vscode-languageclient's default handler also restarts, but
 * gives up after four restarts and says so in its own words; the brief for
 * this client is five restarts in three minutes, each one announced with the
 * name of the output channel, so a crash is never silent.
 */

/** How many restarts a burst of crashes may cost before we stop trying. */
export const MAX_RESTARTS = 5;

/** The burst: crashes older than this no longer count. */
export const RESTART_WINDOW_MS = 3 * 60 * 1000;

export type CrashDecision =
  /** Restart; `restarts` counts this one among those in the window. */
  | { restart: true; restarts: number }
  /** Give up; `crashes` is how many happened in the window. */
  | { restart: false; crashes: number };

export class RestartPolicy {
  private crashes: number[] = [];

  constructor(
    private readonly maxRestarts = MAX_RESTARTS,
    private readonly windowMs = RESTART_WINDOW_MS,
  ) {}

  /** Records a crash at `now` (ms) and says whether to restart. */
  onCrash(now: number): CrashDecision {
    this.crashes = this.crashes.filter((t) => now - t < this.windowMs);
    this.crashes.push(now);
    const count = this.crashes.length;
    return count <= this.maxRestarts ? { restart: true, restarts: count } : { restart: false, crashes: count };
  }

  /** Forgets past crashes: the user restarted the server by hand. */
  reset(): void {
    this.crashes = [];
  }
}
