import { inputProblem, MAX_INPUT_DEPTH } from '../../../src/security/input-limits';
import { flattenTagEntries } from '../../../src/shared/tag-names';

const nested = (depth: number, leaf: unknown = 'x', make: (inner: unknown) => unknown = (inner) => ({ a: inner })) => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = make(value);
  return value;
};

describe('input limits', () => {
  it('takes input nested up to the limit and names where deeper input starts', () => {
    expect(inputProblem(nested(MAX_INPUT_DEPTH), 'body')).toBeUndefined();
    expect(inputProblem(nested(MAX_INPUT_DEPTH + 1), 'body')).toEqual({ path: `body${'.a'.repeat(MAX_INPUT_DEPTH)}`, message: `nests deeper than ${MAX_INPUT_DEPTH} levels` });
  });

  it('walks 100,000-deep objects and arrays without overflowing', () => {
    expect(inputProblem(nested(100_000))?.message).toMatch(/deeper than/);
    expect(inputProblem(nested(100_000, 1, (inner) => [inner]))?.path).toBe(`0${'.0'.repeat(MAX_INPUT_DEPTH - 1)}`);
  });
});

describe('flattening tag data', () => {
  it('keeps key order depth first, so a later duplicate name still wins', () => {
    const entries = flattenTagEntries({ geo_city: 'first', geo: { city: 'Austin', zip: { code: 78701 } }, list: [1, 2], z: 'last' });
    expect(entries).toEqual([
      { path: 'geo_city', name: 'GEO_CITY', value: 'first' },
      { path: 'geo.city', name: 'GEO_CITY', value: 'Austin' },
      { path: 'geo.zip.code', name: 'GEO_ZIP_CODE', value: '78701' },
      { path: 'list', name: 'LIST', value: '1,2' },
      { path: 'z', name: 'Z', value: 'last' },
    ]);
  });

  it('flattens wide data in one pass', () => {
    const wide = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, { v: i }]));
    expect(flattenTagEntries(wide)).toHaveLength(20_000);
  });
});
