import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config';
import { SecretBox } from './secret-box';

/** The SecretBox for SECRET_KEY; a role started alone (production shape) must be given one. */
export function secretBoxFrom(config: Config): SecretBox {
  if (!config.SECRET_KEY) throw new Error('SECRET_KEY is required (32 bytes, base64: openssl rand -base64 32)');
  return new SecretBox(Buffer.from(config.SECRET_KEY, 'base64'));
}

/** For `npm start`: SECRET_KEY when set, else a key generated once and kept in DATA_DIR. */
export async function localSecretKey(config: Config): Promise<string> {
  if (config.SECRET_KEY) return config.SECRET_KEY;
  const file = path.resolve(config.DATA_DIR, 'secret.key');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const key = SecretBox.generateKey();
  await writeFile(file, `${key}\n`, { mode: 0o600 });
  return key;
}
