import { isStorableText, storable, storableText } from '../../../src/security/storable';

describe('storable text', () => {
  it('replaces NUL and unpaired surrogates with U+FFFD and keeps everything else, emoji included', () => {
    expect(storableText('a\u0000b')).toBe('a\uFFFDb');
    expect(storableText('x\ud800y\udc00z')).toBe('x\uFFFDy\uFFFDz');
    expect(storableText('📞 café \ud83d')).toBe('📞 café \uFFFD');
    expect(storableText('plain')).toBe('plain');
    expect([isStorableText('📞'), isStorableText('\u0000'), isStorableText('\udfff')]).toEqual([true, false, false]);
  });

  it('makes every string of a record storable, keys included, and JSON.stringify then yields what jsonb accepts', () => {
    const record = storable({ 'k\u0000': ['v\u0000', 1, null], nested: { at: 'x\ud800' }, n: 2 });
    expect(record).toEqual({ 'k\uFFFD': ['v\uFFFD', 1, null], nested: { at: 'x\uFFFD' }, n: 2 });
    expect(JSON.stringify(record)).not.toMatch(/\\u0000|\\ud[89a-f]/);
  });
});
