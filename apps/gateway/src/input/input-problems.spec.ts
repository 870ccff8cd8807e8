import { getOperationAST, parse } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inputProblem, LONG_TEXT_INPUTS, longTextInputExists } from './input-problems';
import { strictApiSchema } from './strict-schema';

const schema = strictApiSchema(readFileSync(path.join(__dirname, '../../api-schema.graphql'), 'utf8'));
const limits = { maxTextLength: 100 };
const problem = (query: string, variables?: Record<string, unknown>) => {
  const document = parse(query);
  return inputProblem(schema, document, getOperationAST(document)!, variables, limits);
};

describe('inputProblem', () => {
  it('names only long text inputs the API schema has', () => {
    expect([...LONG_TEXT_INPUTS].filter((coordinate) => !longTextInputExists(schema, coordinate))).toEqual([]);
  });

  it('lets a CSV import and file contents be long, and nothing else', () => {
    const long = 'x'.repeat(101);
    expect(problem('mutation($csv: String!) { importOrganizations(csv: $csv, dryRun: true) { ok } }', { csv: long })).toBeNull();
    expect(problem('mutation($csv: String!) { importOrganizations(csv: $csv, dryRun: true) { ok } }', { csv: `${long}\u0000` })?.extensions).toMatchObject({
      reason: 'INVALID_TEXT',
    });
    expect(problem(`mutation { login(email: "${long}", password: "p") { accessToken } }`)?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_LONG',
      argument: 'login.email',
    });
  });

  it('checks arguments inside fragments and inside lists of inputs', () => {
    const fragment = 'query { ...Q } fragment Q on Query { auditLog(filter: { from: "not a date" }, first: 1) { totalCount } }';
    expect(problem(fragment)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'auditLog.filter' });
    expect(problem('{ regions { code } }')).toBeNull();
    expect(problem('query($d: DateTimeISO) { __typename }', { d: '2026-12-07T10:00:00Z' })).toBeNull();
    expect(problem('query($d: DateTimeISO) { __typename }', { d: 'yesterday' })?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', variable: 'd' });
  });

  it('accepts Kazakh, right-to-left and emoji text', () => {
    expect(problem('mutation($e: String!) { login(email: $e, password: "p") { accessToken } }', { e: 'Қазақстан مرحبا 👩🏽‍🚒' })).toBeNull();
  });
});
