import { BatchedLookup } from '../../../src/incoming/rounds';

describe('BatchedLookup', () => {
  it('answers lookups made together with one fetch, and those made during it with the next', async () => {
    const fetched: string[][] = [];
    let release: () => void = () => undefined;
    const lookup = new BatchedLookup<string, string>(async (keys) => {
      fetched.push(keys);
      if (fetched.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return keys.map((k) => k.toUpperCase());
    });
    const first = [lookup.get('a'), lookup.get('b')];
    await new Promise((resolve) => setImmediate(resolve));
    const during = [lookup.get('c'), lookup.get('d'), lookup.get('a')];
    release();
    expect(await Promise.all([...first, ...during])).toEqual(['A', 'B', 'C', 'D', 'A']);
    expect(fetched).toEqual([['a', 'b'], ['c', 'd', 'a']]);
  });

  it('fails only the lookups of a fetch that fails', async () => {
    let calls = 0;
    const lookup = new BatchedLookup<number, number>(async (keys) => {
      calls += 1;
      if (calls === 1) throw new Error('database down');
      return keys.map((k) => k * 2);
    });
    await expect(lookup.get(1)).rejects.toThrow('database down');
    expect(await lookup.get(2)).toBe(4);
  });
});
