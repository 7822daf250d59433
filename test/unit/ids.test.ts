import { CROCKFORD, newId } from '../../src/ids';

describe('newId', () => {
  it('reads as prefix, 10 time characters and 16 random ones, all Crockford base32', () => {
    expect(newId('req')).toMatch(new RegExp(`^req_[${CROCKFORD}]{26}$`));
  });

  it('sorts by creation time', () => {
    expect(newId('dlv', 1_700_000_000_000) < newId('dlv', 1_700_000_000_001)).toBe(true);
  });

  it('never repeats its random part, across many refills of the random pool', () => {
    const tails = Array.from({ length: 5_000 }, () => newId('x', 0).slice(-16));
    expect(new Set(tails).size).toBe(tails.length);
  });
});
