import { newId } from '../ids';
import type { Limit } from './limits';

export type Decision = { ok: true } | { ok: false; bucket: string; retryAfterSeconds: number };

/** This process's demand on a bucket, in requests per second since its last report. */
export interface DemandReport {
  bucket: string;
  perSecond: number;
}

/** What the other processes reported recently for a bucket. */
export interface OthersDemand {
  perSecond: number;
  processes: number;
}

/** Where processes share their demand (PostgreSQL in production: see demand-store.ts). */
export interface DemandStore {
  exchange(processId: string, reports: DemandReport[], buckets: string[]): Promise<Map<string, OthersDemand>>;
}

interface Bucket {
  limit: Limit;
  /** This process's part of the limit, from its share of the demand all processes reported. */
  share: number;
  level: number;
  at: number;
  /** Requests (taken or refused) since the last sync. */
  demand: number;
  usedAt: number;
}

const IDLE_MS = 60_000;

/**
 * Token buckets enforced locally, so a request never waits on the database; `sync` (every second) reports each
 * bucket's local demand in one statement and learns the other processes', and each process then enforces its
 * demand-weighted share of the limit. The shares sum to the whole limit, so across processes the limit holds
 * up to the lag of one sync: see docs/access.md for the accuracy this gives.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly processId = newId('proc');
  private lastSync: number;
  private timer?: NodeJS.Timeout;
  private failing = false;

  constructor(
    private readonly store?: DemandStore,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.lastSync = now();
  }

  /**
   * Takes one request from each bucket (created full), or from none: refused, it names the bucket that makes the
   * request wait longest and the whole seconds until it can go.
   */
  take(...wanted: Array<{ key: string; limit: Limit }>): Decision {
    const now = this.now();
    const buckets = wanted.map(({ key, limit }) => {
      let bucket = this.buckets.get(key);
      if (!bucket) {
        bucket = { limit, share: 1, level: limit.burst, at: now, demand: 0, usedAt: now };
        this.buckets.set(key, bucket);
      }
      // A limit the instance admin just changed applies from the next request on.
      bucket.limit = limit;
      refill(bucket, now);
      bucket.demand++;
      bucket.usedAt = now;
      return bucket;
    });
    let refusal: Decision = { ok: true };
    buckets.forEach((bucket, i) => {
      const wait = bucket.level >= 1 ? 0 : secondsUntilOne(bucket);
      if (wait > (refusal.ok ? 0 : refusal.retryAfterSeconds)) refusal = { ok: false, bucket: wanted[i].key, retryAfterSeconds: wait };
    });
    if (refusal.ok) for (const bucket of buckets) bucket.level -= 1;
    return refusal;
  }

  /**
   * Seconds to wait when `key`'s bucket is already empty (the refused request counts as demand), else 0: lets
   * a request be refused before anything is looked up for it.
   */
  refuses(key: string): number {
    const bucket = this.buckets.get(key);
    if (!bucket) return 0;
    refill(bucket, this.now());
    if (bucket.level >= 1) return 0;
    bucket.demand++;
    return secondsUntilOne(bucket);
  }

  async sync(): Promise<void> {
    if (!this.store) return;
    const now = this.now();
    const elapsedSeconds = Math.max(now - this.lastSync, 1) / 1000;
    this.lastSync = now;
    const mine = new Map<string, number>();
    for (const [key, bucket] of this.buckets) {
      if (bucket.demand === 0 && now - bucket.usedAt > IDLE_MS) this.buckets.delete(key);
      else if (bucket.demand > 0) mine.set(key, bucket.demand / elapsedSeconds);
      bucket.demand = 0;
    }
    if (this.buckets.size === 0) return;
    const reports = [...mine].map(([bucket, perSecond]) => ({ bucket, perSecond }));
    const others = await this.store.exchange(this.processId, reports, [...this.buckets.keys()]);
    for (const [key, bucket] of this.buckets) {
      const other = others.get(key);
      const own = mine.get(key) ?? 0;
      // By demand while this process has some; an even split among the active processes while it has none.
      const share = !other ? 1 : own > 0 ? own / (own + other.perSecond) : 1 / (1 + other.processes);
      refill(bucket, this.now());
      bucket.share = share;
      bucket.level = Math.min(bucket.level, capacity(bucket));
    }
  }

  /** Syncs every `intervalMs`; a failing store leaves every process enforcing its last share. */
  start(intervalMs = 1000, warn: (message: string) => void = console.warn): void {
    const tick = async () => {
      try {
        await this.sync();
        this.failing = false;
      } catch (err) {
        if (!this.failing) warn(`rate limits: sharing with other processes failed, enforcing the last shares: ${(err as Error).message}`);
        this.failing = true;
      }
      if (this.timer) this.timer = setTimeout(tick, intervalMs).unref();
    };
    this.timer = setTimeout(tick, intervalMs).unref();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

const rate = (b: Bucket) => b.limit.per_second * b.share;
// At least one request fits, or a small share of a small burst would refuse everything.
const capacity = (b: Bucket) => Math.max(1, b.limit.burst * b.share);

function refill(bucket: Bucket, now: number): void {
  bucket.level = Math.min(capacity(bucket), bucket.level + (rate(bucket) * (now - bucket.at)) / 1000);
  bucket.at = now;
}

function secondsUntilOne(bucket: Bucket): number {
  return Math.max(1, Math.ceil((1 - bucket.level) / rate(bucket)));
}
