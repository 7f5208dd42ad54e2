// A time budget shared by every layer: extraction returns what it has (partial: true) instead of running long.

const now: () => number =
  typeof performance !== 'undefined' && typeof performance.now === 'function'
    ? () => performance.now()
    : () => Date.now();

export class Budget {
  readonly start = now();
  private readonly deadline: number;
  /** Set once the deadline has passed or a cap was hit; the result is then marked partial. */
  exceeded = false;

  constructor(ms: number) {
    this.deadline = this.start + ms;
  }

  /** True while there is time left; checks the clock (cheap, but call it per block of work, not per character). */
  ok(): boolean {
    if (this.exceeded) return false;
    if (now() > this.deadline) this.exceeded = true;
    return !this.exceeded;
  }

  elapsed(): number {
    return now() - this.start;
  }
}

/** Runs one layer; a layer that throws loses only its own findings. */
export function guarded<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}
