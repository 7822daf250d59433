import type { IngressWebhook } from '../db/repositories/incoming-webhooks';
import { ingressKeyLookups } from '../observability/metrics';
import { hashSecret } from '../security/tokens';

/** The longest a webhook is kept, should a change's notification ever go missing. */
const MAX_AGE_MS = 10_000;

/**
 * The webhook each auth key opens, kept in memory: every ingress request needs it, and it changes only when an
 * operator changes a webhook or an organization. Every such change drops all of it: this process's own as soon as
 * it commits (`forget`), any process's by PostgreSQL's notification. Nothing is kept while notifications are not
 * known to arrive, a previous key no longer than its grace period, and an unknown key never (a new key works at
 * once, and guessed keys take no memory). Entries are filed by the key's hash, so no key stays in memory.
 */
export class WebhookKeyCache {
  private readonly entries = new Map<string, { webhook: IngressWebhook; until: number }>();
  /** Counts the changes: a lookup that overlapped one may have read the state before it. */
  private changes = 0;
  private notified = false;

  constructor(
    private readonly lookup: (key: string) => Promise<IngressWebhook | undefined>,
    private readonly now: () => number = Date.now,
  ) {}

  async get(key: string): Promise<IngressWebhook | undefined> {
    const id = hashSecret(key).toString('base64');
    const kept = this.entries.get(id);
    if (kept && kept.until > this.now()) {
      ingressKeyLookups.inc({ source: 'memory' });
      return kept.webhook;
    }
    ingressKeyLookups.inc({ source: 'database' });
    const changes = this.changes;
    const webhook = await this.lookup(key);
    if (webhook && this.notified && changes === this.changes) {
      this.entries.set(id, { webhook, until: Math.min(this.now() + MAX_AGE_MS, webhook.key_expires_at?.getTime() ?? Infinity) });
    }
    return webhook;
  }

  /** A webhook or an organization changed. */
  forget(): void {
    this.changes += 1;
    this.entries.clear();
  }

  /** Whether changes are being notified; while they are not, every key is looked up. */
  notifying(holds: boolean): void {
    this.forget();
    this.notified = holds;
  }
}
