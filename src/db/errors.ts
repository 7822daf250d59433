// SQLSTATE classes that mean "not now" rather than "not this data": connection exceptions, insufficient resources,
// operator intervention (shutdown, termination), system errors, and transaction rollbacks (deadlock, serialization).
const TRANSIENT_CLASSES = new Set(['08', '40', '53', '57', '58']);
const CONNECTION_MESSAGE = /connection terminated|timeout exceeded when trying to connect|connection error|connection ended|not queryable/i;

/**
 * Whether a database error says PostgreSQL could not be reached or could not take the work now (retry later),
 * as opposed to refusing the statement's own data.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  // Shape, not instanceof: socket errors come from Node's own realm.
  if (typeof err !== 'object' || err === null) return false;
  const { code, message } = err as { code?: unknown; message?: unknown };
  // Node's socket errors (ECONNREFUSED, ECONNRESET, ETIMEDOUT…); no SQLSTATE starts with E.
  if (typeof code === 'string' && code.startsWith('E')) return true;
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return TRANSIENT_CLASSES.has(code.slice(0, 2));
  return typeof message === 'string' && CONNECTION_MESSAGE.test(message);
}

/** PostgreSQL refused a value itself (SQLSTATE class 22, e.g. a NUL byte or an invalid escape): the request's fault. */
export function isDataException(err: unknown): boolean {
  const code = (err as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}
