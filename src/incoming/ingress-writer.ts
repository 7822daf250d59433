import type { Db, DbOrTrx } from '../db/database';
import { isDatabaseUnavailable } from '../db/errors';
import { amendIncomingRequest, insertIncomingRequests, type IncomingRequestAmendment, type NewIncomingRequest } from '../db/repositories/incoming-requests';
import { savePreCallPosts, type PreCallPost, type SavedPreCallPost } from '../db/repositories/pre-call-data';
import { requestLogBatchSize, requestLogFlushDuration } from '../observability/metrics';
import { Rounds } from './rounds';

/** A write that did not happen: PostgreSQL could not take it now, or refused this request's own rows. */
export class IngressWriteError extends Error {
  constructor(
    readonly reason: 'unavailable' | 'rejected',
    override readonly cause: unknown,
  ) {
    super(reason === 'unavailable' ? 'PostgreSQL is unavailable' : `PostgreSQL refused the request's data: ${(cause as Error)?.message}`);
  }
}

interface PreCallJob {
  kind: 'pre_call';
  post: PreCallPost;
  /** The request's log record, once the outcome its answer reports is known. */
  record(saved: SavedPreCallPost): NewIncomingRequest;
  resolve(saved: SavedPreCallPost): void;
  reject(err: IngressWriteError): void;
}

type Job = PreCallJob | { kind: 'log'; record: NewIncomingRequest } | { kind: 'amend'; amendment: IncomingRequestAmendment };

export interface IngressWriterOptions {
  /** Most jobs in one transaction. */
  maxBatch?: number;
  /** Log records that could not be written (PostgreSQL down); they never fail the request they describe. */
  onLost?: (err: unknown, records: number) => void;
}

/**
 * The API process's one writer of ingress data, by group commit: pre-call posts and request-log records that
 * arrive while a transaction commits go together into the next one. A post's promise resolves only after COMMIT
 * (its 2xx means durable) and carries its log record in the same transaction. When PostgreSQL is down every
 * post of the round fails as unavailable; when it refuses one request's rows, the round is halved until that
 * request stands alone, so nobody else's data or log record is dropped.
 */
export class IngressWriter {
  /** Committed transactions and the jobs they carried: many jobs per transaction is the point. */
  readonly stats = { transactions: 0, jobs: 0 };
  private readonly rounds: Rounds<Job>;
  private inRound = 0;
  private readonly onLost: (err: unknown, records: number) => void;

  constructor(
    private readonly db: Db,
    options: IngressWriterOptions = {},
  ) {
    this.rounds = new Rounds((jobs) => this.round(jobs), options.maxBatch ?? 500);
    this.onLost = options.onLost ?? ((err, n) => console.error(`ingress: could not write ${n} request log record(s)`, err));
  }

  /** Merges a post into the caller's held data; resolves after COMMIT, with its log record committed alongside. */
  savePreCall(post: PreCallPost, record: (saved: SavedPreCallPost) => NewIncomingRequest): Promise<SavedPreCallPost> {
    return new Promise((resolve, reject) => this.rounds.add({ kind: 'pre_call', post, record, resolve, reject }));
  }

  /** A log record on its own (refused requests, post-call updates): written in the next round, never awaited. */
  log(record: NewIncomingRequest): void {
    this.rounds.add({ kind: 'log', record });
  }

  /** Corrects a committed log record whose request was answered otherwise after all. */
  amend(amendment: IncomingRequestAmendment): void {
    this.rounds.add({ kind: 'amend', amendment });
  }

  /** Jobs submitted and not yet settled. */
  get pending(): number {
    return this.rounds.waiting + this.inRound;
  }

  /** Resolves once everything submitted so far is written (or reported lost). */
  close(): Promise<void> {
    return this.rounds.idle();
  }

  private async round(jobs: Job[]): Promise<void> {
    this.inRound = jobs.length;
    try {
      await this.commit(jobs);
    } finally {
      this.inRound = 0;
    }
  }

  private async commit(jobs: Job[]): Promise<void> {
    const posts = jobs.filter((job): job is PreCallJob => job.kind === 'pre_call');
    let saved: SavedPreCallPost[];
    const flush = requestLogFlushDuration.startTimer();
    try {
      saved = await this.db.transaction().execute((trx) => this.write(trx, jobs, posts));
      flush();
      requestLogBatchSize.observe(jobs.length);
    } catch (err) {
      if (jobs.length > 1 && !isDatabaseUnavailable(err)) {
        const half = Math.ceil(jobs.length / 2);
        await this.commit(jobs.slice(0, half));
        await this.commit(jobs.slice(half));
        return;
      }
      const failure = new IngressWriteError(isDatabaseUnavailable(err) ? 'unavailable' : 'rejected', err);
      for (const post of posts) post.reject(failure);
      // A failed post's log record is written again with the answer it got; only the others are lost here.
      const lost = jobs.length - posts.length;
      if (lost > 0) this.onLost(err, lost);
      return;
    }
    this.stats.transactions += 1;
    this.stats.jobs += jobs.length;
    posts.forEach((post, i) => post.resolve(saved[i]));
  }

  private async write(trx: DbOrTrx, jobs: Job[], posts: PreCallJob[]): Promise<SavedPreCallPost[]> {
    const saved = await savePreCallPosts(
      trx,
      posts.map((job) => job.post),
    );
    const records = [...posts.map((job, i) => job.record(saved[i])), ...jobs.flatMap((job) => (job.kind === 'log' ? [job.record] : []))];
    await insertIncomingRequests(trx, records);
    for (const job of jobs) if (job.kind === 'amend') await amendIncomingRequest(trx, job.amendment);
    return saved;
  }
}
