import type { SecretBox } from '../security/secret-box';
import { generateSecret, hashSecret } from '../security/tokens';

/** Prefix of incoming-webhook auth keys, so a leaked one is recognisable. */
export const INCOMING_KEY_PREFIX = 'ihk';

/** A new auth key (256 random bits): the plain key to show, its lookup hash and its sealed form to store. */
export function newIncomingKey(box: SecretBox): { key: string; hash: Buffer; sealed: string } {
  const key = generateSecret(INCOMING_KEY_PREFIX);
  return { key, hash: hashSecret(key), sealed: box.seal(key) };
}
