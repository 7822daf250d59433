import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback receiver that only notes when each (call, event) arrived: light enough for tens of thousands of
 * deliveries. Bodies are `{"call": …, "event": …}` from both the product's webhook and the floor's activity.
 */
export class ArrivalReceiver {
  readonly arrivals = new Map<string, number>();
  duplicates = 0;
  private server!: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const at = performance.now();
        try {
          const { call, event } = JSON.parse(Buffer.concat(chunks).toString()) as { call: string; event: string };
          const key = `${call}:${event}`;
          if (this.arrivals.has(key)) this.duplicates += 1;
          else this.arrivals.set(key, at);
        } catch {
          // not a bench delivery
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      });
    });
    this.server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Resolves once every key has arrived, or after `timeoutMs` with what is still missing. */
  async waitFor(keys: string[], timeoutMs: number): Promise<string[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const missing = keys.filter((k) => !this.arrivals.has(k));
      if (missing.length === 0 || Date.now() > deadline) return missing;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
