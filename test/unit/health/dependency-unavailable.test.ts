import { Metadata, status } from '@grpc/grpc-js';
import { asDependencyUnavailable, DependencyUnavailable } from '../../../src/health/dependency-unavailable';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
const grpcError = (code: status) => Object.assign(new Error(`${code} grpc`), { code, details: 'connect ECONNREFUSED 127.0.0.1:7233', metadata: new Metadata() });

describe('which errors mean a dependency is down', () => {
  it.each([
    ['PostgreSQL shutting down', withCode('terminating connection due to administrator command', '57P01')],
    ['PostgreSQL starting up', withCode('the database system is starting up', '57P03')],
    ['a connection exception', withCode('connection failure', '08006')],
    ['the server gone mid-query', new Error('Connection terminated unexpectedly')],
    ['the server not listening', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
  ])('%s is PostgreSQL unavailable', (_what, err) => {
    expect(asDependencyUnavailable(err)).toMatchObject({ dependency: 'PostgreSQL' });
  });

  it('Temporal unreachable or stalled, also as the cause of the client error, is Temporal unavailable', () => {
    expect(asDependencyUnavailable(grpcError(status.UNAVAILABLE))).toMatchObject({ dependency: 'Temporal', reason: 'connect ECONNREFUSED 127.0.0.1:7233' });
    expect(asDependencyUnavailable(new Error('failed', { cause: grpcError(status.DEADLINE_EXCEEDED) }))).toMatchObject({ dependency: 'Temporal' });
  });

  it('keeps a typed one, and leaves every other error alone', () => {
    const typed = new DependencyUnavailable('PostgreSQL', 'connect ECONNREFUSED');
    expect(asDependencyUnavailable(typed)).toBe(typed);
    expect(asDependencyUnavailable(withCode('duplicate key value', '23505'))).toBeUndefined();
    expect(asDependencyUnavailable(grpcError(status.NOT_FOUND))).toBeUndefined();
    expect(asDependencyUnavailable(undefined)).toBeUndefined();
  });
});
