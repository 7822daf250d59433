/**
 * Work handled in rounds: a round takes everything waiting (up to `maxBatch`), and the next starts as soon as it
 * finishes. Under load each round carries many items; when idle an item waits only for the current tick.
 * `round` must settle its own items: a round that throws is logged, and its items are its own business.
 */
export class Rounds<T> {
  private queue: T[] = [];
  private running?: Promise<void>;

  constructor(
    private readonly round: (items: T[]) => Promise<void>,
    private readonly maxBatch: number,
  ) {}

  add(item: T): void {
    this.queue.push(item);
    this.start();
  }

  /** Items waiting for a round, not counting those in the running one. */
  get waiting(): number {
    return this.queue.length;
  }

  /** Resolves once every item added so far has been through a round. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private start(): void {
    if (this.running) return;
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.queue.length > 0) this.start();
    });
  }

  private async drain(): Promise<void> {
    // Requests parsed in the same tick join the first round.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.queue.length > 0) {
      await this.round(this.queue.splice(0, this.maxBatch)).catch((err) => console.error('rounds: a round failed', err));
    }
  }
}

/**
 * Lookups by key made while another is in flight are answered together by one query: `fetch` gets the keys of a
 * round and returns one answer per key, in the same order.
 */
export class BatchedLookup<K, V> {
  private readonly rounds = new Rounds<{ key: K; resolve(value: V): void; reject(err: unknown): void }>(async (lookups) => {
    try {
      const values = await this.fetch(lookups.map((l) => l.key));
      lookups.forEach((lookup, i) => lookup.resolve(values[i]));
    } catch (err) {
      for (const lookup of lookups) lookup.reject(err);
    }
  }, 500);

  constructor(private readonly fetch: (keys: K[]) => Promise<V[]>) {}

  get(key: K): Promise<V> {
    return new Promise((resolve, reject) => this.rounds.add({ key, resolve, reject }));
  }
}
