import { CONFIG_CHANGES_CHANNEL } from '../db/channels';
import type { Db } from '../db/database';
import { listen } from '../db/listen';
import type { KeptBySecret } from '../security/kept-by-secret';

/**
 * Keeps what ingress keys and API tokens open in memory from now on, dropping all of it on every change any
 * process makes to a webhook, an organization or a token (PostgreSQL's notification, migrations 0024 and 0025).
 */
export function followConfigChanges(db: Db, kept: Array<KeptBySecret<unknown>>): { stop(): Promise<void> } {
  return listen(db, CONFIG_CHANGES_CHANNEL, {
    notified: () => kept.forEach((answers) => answers.forget()),
    listening: (holds) => kept.forEach((answers) => answers.notifying(holds)),
  });
}
