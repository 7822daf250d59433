import { describe, expect, it } from 'vitest';
import { fieldLabel } from './ui';

describe('fieldLabel', () => {
  it('names a problem path the way a person names the field', () => {
    expect(fieldLabel('body.body_template')).toBe('Body template');
    expect(fieldLabel('body.retry.max_attempts')).toBe('Retry max attempts');
    expect(fieldLabel('query.cursor')).toBe('Cursor');
    expect(fieldLabel('')).toBe('');
  });
});
