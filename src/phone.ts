import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/**
 * Normalizes a caller number to E.164. A leading space stands for a `+` that a query string decoded
 * (`?caller_id=+1555…` arrives as ` 1555…`), so it is put back before parsing.
 */
export function toE164(raw: string, defaultRegion: string = 'US'): string | undefined {
  const repaired = raw.replace(/^\s+(?=\d)/, '+').trim();
  const parsed = parsePhoneNumberFromString(repaired, defaultRegion.toUpperCase() as CountryCode);
  return parsed?.isPossible() ? parsed.number : undefined;
}
