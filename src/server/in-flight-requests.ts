import type { MiddlewareHandler } from 'hono';

/** Counts requests being answered, so shutdown can wait for in-flight saves instead of cutting them off. */
export class InFlightRequests {
  private count = 0;
  private waiters: Array<() => void> = [];

  readonly middleware: MiddlewareHandler = async (_c, next) => {
    this.count += 1;
    try {
      await next();
    } finally {
      this.count -= 1;
      if (this.count === 0) for (const wake of this.waiters.splice(0)) wake();
    }
  };

  get size(): number {
    return this.count;
  }

  /** Resolves true when every request has finished, false if `timeoutMs` passed first. */
  drained(timeoutMs: number): Promise<boolean> {
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
