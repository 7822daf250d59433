import type { Db } from '../db/database';
import { insertIncomingRequests, type NewIncomingRequest } from '../db/repositories/incoming-requests';

export interface RequestLogOptions {
  /** Flush as soon as this many records wait. */
  maxBatch?: number;
  /** Otherwise flush this long after the first waiting record. */
  flushAfterMs?: number;
  onError?: (err: unknown, lost: number) => void;
}

/**
 * The ingress request log. `record` never waits on the database: records are buffered and written in one
 * multi-row insert per batch, so a burst of requests costs a handful of round trips, not one each. `close`
 * writes whatever is still buffered (the API server calls it on a clean shutdown).
 */
export class IncomingRequestLog {
  private buffer: NewIncomingRequest[] = [];
  private timer?: NodeJS.Timeout;
  private writing: Promise<void> = Promise.resolve();
  private readonly maxBatch: number;
  private readonly flushAfterMs: number;
  private readonly onError: (err: unknown, lost: number) => void;

  constructor(
    private readonly db: Db,
    options: RequestLogOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 250;
    this.flushAfterMs = options.flushAfterMs ?? 200;
    this.onError = options.onError ?? ((err, lost) => console.error(`ingress: could not write ${lost} request log record(s)`, err));
  }

  record(entry: NewIncomingRequest): void {
    this.buffer.push(entry);
    if (this.buffer.length >= this.maxBatch) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.flushAfterMs).unref();
  }

  /** Writes everything recorded so far; resolves once it is in the database (or reported lost). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.buffer;
    this.buffer = [];
    // Batches are written one after another, so a flush resolves only when every earlier record is written.
    this.writing = this.writing.then(() => (batch.length ? this.write(batch) : undefined));
    return this.writing;
  }

  close(): Promise<void> {
    return this.flush();
  }

  private async write(batch: NewIncomingRequest[]): Promise<void> {
    try {
      await insertIncomingRequests(this.db, batch);
    } catch (err) {
      // A log write must never fail the request it describes; the loss is reported instead.
      this.onError(err, batch.length);
    }
  }
}
