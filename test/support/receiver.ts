import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

export interface ReceiverReply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Delay before answering, to play a slow receiver. */
  delayMs?: number;
  /** No answer until this settles: a receiver stuck for as long as the test wants. */
  heldUntil?: Promise<unknown>;
}

/**
 * A real HTTP receiver on 127.0.0.1 that records every request. Replies come from a queue; when it is empty
 * the default reply (200) is used.
 */
export class Receiver {
  readonly requests: ReceivedRequest[] = [];
  private readonly replies: ReceiverReply[] = [];
  private waiters: Array<() => void> = [];
  private server?: Server;
  url = '';

  static async start(defaultReply: ReceiverReply = { status: 200, body: '{"ok":true}' }): Promise<Receiver> {
    const receiver = new Receiver(defaultReply);
    await receiver.listen();
    return receiver;
  }

  private constructor(private defaultReply: ReceiverReply) {}

  /** Queue replies for the next requests, in order. */
  reply(...replies: ReceiverReply[]): void {
    this.replies.push(...replies);
  }

  setDefaultReply(reply: ReceiverReply): void {
    this.defaultReply = reply;
  }

  /** Resolves once at least `count` requests have arrived (fails after `timeoutMs`). */
  async waitForRequests(count: number, timeoutMs = 30_000): Promise<ReceivedRequest[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.requests.length < count) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error(`receiver got ${this.requests.length} of ${count} expected requests`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(remaining, 1000));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.requests.slice(0, count);
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async listen(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
        const waiters = this.waiters;
        this.waiters = [];
        waiters.forEach((w) => w());
        this.answer(res, this.replies.shift() ?? this.defaultReply);
      });
    });
    this.server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private answer(res: ServerResponse, reply: ReceiverReply): void {
    const send = () => {
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(reply.body ?? '');
    };
    if (reply.heldUntil) void reply.heldUntil.finally(send);
    else if (reply.delayMs) setTimeout(send, reply.delayMs);
    else send();
  }
}
