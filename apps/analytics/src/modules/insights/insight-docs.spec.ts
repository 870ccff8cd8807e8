import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';

const ROOT = path.resolve(__dirname, '../../../../..');
const docs = readFileSync(path.join(ROOT, 'docs/analytics.md'), 'utf8');
const api = buildSchema(readFileSync(path.join(ROOT, 'apps/gateway/api-schema.graphql'), 'utf8'));

/** The GraphQL of the guide: its ```graphql blocks and the query of its curl example. */
function examples(): string[] {
  const blocks = [...docs.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
  const curl = /"query": "(.*)",\n/.exec(docs);
  if (curl) blocks.push(curl[1].replace(/\\"/g, '"'));
  return blocks;
}

describe('docs/analytics.md', () => {
  it('has worked examples that are valid against the API schema, so a partner can paste them', () => {
    const found = examples();
    expect(found.length).toBeGreaterThanOrEqual(6);
    for (const example of found) expect(validate(api, parse(example)).map((e) => `${e.message}\n${example}`)).toEqual([]);
  });

  it('describes in the schema what every measure counts and what every dimension cuts, the anti-vanity note on counts', () => {
    for (const name of ['InsightMeasure', 'InsightDimension']) {
      const type = api.getType(name) as unknown as { getValues(): { name: string; description?: string | null }[] };
      for (const { name: value, description } of type.getValues()) expect([value, (description ?? '').length > 20]).toEqual([value, true]);
    }
    const measures = api.getType('InsightMeasure') as unknown as { getValue(name: string): { description?: string | null } };
    for (const count of ['ORGANIZATIONS', 'CONTACTS', 'REQUESTS', 'TRAININGS_HELD', 'BOOKINGS']) expect(measures.getValue(count).description).toContain('not a score');
  });

  it('names every measure and every dimension of the API', () => {
    for (const name of ['InsightMeasure', 'InsightDimension']) {
      const type = api.getType(name) as unknown as { getValues(): { name: string }[] };
      for (const { name: value } of type.getValues()) expect(docs).toContain(`\`${value}\``);
    }
  });
});
