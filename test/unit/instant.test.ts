import { parseInstant, utcInstant } from '../../src/instant';

describe('instants PostgreSQL can store', () => {
  it('normalises real ISO 8601 instants to UTC', () => {
    expect(parseInstant('2024-02-29T23:30:00-05:00')).toBe('2024-03-01T04:30:00.000Z');
    expect(parseInstant('2025-01-15T14:32:05.123456Z')).toBe('2025-01-15T14:32:05.123Z');
    expect(parseInstant('2025-01-15T14:32:05+15:59')).toBe('2025-01-14T22:33:05.000Z');
  });

  it.each([
    ['an offset beyond ±15:59', '2025-01-15T14:32:05+16:00'],
    ['an offset of -23:59', '2025-01-15T14:32:05-23:59'],
    ['a day the month does not have', '2023-02-29T00:00:00Z'],
    ['a year before 1000', '0999-12-31T00:00:00Z'],
    ['a year that becomes 999 in UTC', '1000-01-01T00:00:00+01:00'],
    ['no offset', '2025-01-15T14:32:05'],
    ['a date only', '2025-01-15'],
  ])('refuses %s', (_what, text) => {
    expect(parseInstant(text)).toBeUndefined();
  });

  it('refuses times outside the years 1000–9999 whatever their source', () => {
    expect(utcInstant(Date.UTC(10000, 0, 1))).toBeUndefined();
    expect(utcInstant(Number.NaN)).toBeUndefined();
    expect(utcInstant(1_700_000_000_000)).toBe('2023-11-14T22:13:20.000Z');
  });
});
