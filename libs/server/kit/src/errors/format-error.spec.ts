import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from './database-unavailable';
import { formatError } from './format-error';

const asResolverError = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['createOrganization'] });
const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('formatError', () => {
  it('answers a database that is away with SERVICE_UNAVAILABLE, to send again, and logs nothing as internal', () => {
    const logged: unknown[] = [];
    for (const original of [
      pgError('57P03', 'the database system is starting up'),
      pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
      new Error('Connection terminated unexpectedly'),
      // pg's client after its connection broke, and a socket the restart aborted.
      new Error('Client has encountered a connection error and is not queryable'),
      pgError('ECONNABORTED', 'read ECONNABORTED'),
      Object.assign(new Error('query failed'), { driverError: pgError('57P01', 'terminating connection due to administrator command') }),
      Object.assign(new Error('Query runner already released. Cannot run queries anymore.'), { name: 'QueryRunnerAlreadyReleasedError' }),
      // What fault run R2 met: the entity manager of a transaction whose connection the restart dropped.
      Object.assign(new Error('Database connection provided by a query runner was already released'), { name: 'QueryRunnerProviderAlreadyReleasedError' }),
    ]) {
      const error = asResolverError(original);
      const formatted = formatError({ message: error.message, path: ['createOrganization'] }, error, (e) => logged.push(e));
      expect(formatted.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE' });
      expect(formatted.message).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|administrator/);
    }
    expect(logged).toEqual([]);
  });

  it('keeps other failures internal, with a neutral message, and logs them', () => {
    const logged: unknown[] = [];
    const error = asResolverError(pgError('23505', 'duplicate key value violates unique constraint "organization_pkey"'));
    const formatted = formatError({ message: error.message }, error, (e) => logged.push(e));
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(formatted.message).not.toMatch(/duplicate key/);
    expect(logged).toHaveLength(1);
    expect(isDatabaseUnavailable(pgError('42P01', 'relation "x" does not exist'))).toBe(false);
  });
});
