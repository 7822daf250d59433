import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

const PRINTABLE_ASCII = /^[\t\x20-\x7e]*$/;

/**
 * Normalizes a caller number to E.164. A leading space stands for a `+` that a query string decoded
 * (`?caller_id=+1555…` arrives as ` 1555…`), so it is put back before parsing.
 */
export function toE164(raw: string, defaultRegion: string = 'US'): string | undefined {
  // libphonenumber would read fullwidth and other non-ASCII digits; a caller id is written in ASCII.
  if (!PRINTABLE_ASCII.test(raw)) return undefined;
  const repaired = raw.replace(/^\s+(?=\d)/, '+').trim();
  const parsed = parsePhoneNumberFromString(repaired, defaultRegion.toUpperCase() as CountryCode);
  return parsed?.isPossible() ? parsed.number : undefined;
}
