import { isDataException, isDatabaseUnavailable } from '../../../src/db/errors';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('database error classification', () => {
  it.each([
    ['connection refused', withCode('ECONNREFUSED')],
    ['terminated by an administrator', withCode('57P01')],
    ['too many connections', withCode('53300')],
    ['deadlock', withCode('40P01')],
    ['connection failure', withCode('08006')],
    ['a socket closed mid-query', new Error('Connection terminated unexpectedly')],
    ['a pool that cannot connect in time', new Error('timeout exceeded when trying to connect')],
  ])('%s: unavailable, retry later', (_what, err) => {
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it.each([
    ['a check constraint', withCode('23514')],
    ['a NUL byte', withCode('22021')],
    ['a bug', new TypeError('x is undefined')],
  ])('%s: not unavailability', (_what, err) => {
    expect(isDatabaseUnavailable(err)).toBe(false);
  });

  it('tells a value PostgreSQL cannot store (class 22) from other refusals', () => {
    expect(isDataException(withCode('22P05'))).toBe(true);
    expect(isDataException(withCode('23505'))).toBe(false);
    expect(isDataException(undefined)).toBe(false);
  });
});
