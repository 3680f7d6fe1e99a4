// Service logs keep request content out: a database error's echoed values, its detail and the statement's
// parameters are not logged, nor criteria or texts passed by mistake; every event stays one JSON line.
import { Writable } from 'node:stream';
import { createLogger, loggedError } from '../../shared/logger';

/** An error as TypeORM raises it from PostgreSQL: the driver's fields, the statement and its parameters. */
function queryFailed(): Error {
  return Object.assign(new Error('invalid input syntax for type uuid: "Anna Eriksson 1985"'), {
    name: 'QueryFailedError',
    severity: 'ERROR',
    code: '22P02',
    detail: 'Key (number)=(X1234567) already exists.',
    query: 'SELECT 1 WHERE id = $1',
    parameters: ['Anna Eriksson 1985'],
  });
}

function captured(): { stream: Writable; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { stream, lines };
}

describe('service logs', () => {
  it("a database error keeps its code and kind, not the values it echoes, its detail or the statement's parameters", () => {
    const logged = loggedError(queryFailed());
    expect(logged).toEqual({
      type: 'QueryFailedError',
      message: 'invalid input syntax for type uuid: "?"',
      code: '22P02',
    });
  });

  it('an error of our own keeps its message and stack', () => {
    const logged = loggedError(new Error('the gateway key is missing'));
    expect(logged.message).toBe('the gateway key is missing');
    expect(String(logged.stack)).toContain('logger.test.ts');
  });

  it('one JSON line per event, with no search text, criteria or parameters in it', () => {
    const { stream, lines } = captured();
    const log = createLogger('persons', stream);
    log.error({ err: queryFailed(), criteria: { text: 'Anna Eriksson 1985' }, text: 'Anna Eriksson 1985' }, 'internal');
    expect(lines).toHaveLength(1);
    const event = JSON.parse(lines[0]) as Record<string, unknown>;
    expect(event).toMatchObject({ service: 'persons', msg: 'internal', criteria: '[not logged]' });
    expect(lines[0]).not.toContain('Anna');
    expect(lines[0]).not.toContain('X1234567');
  });
});
