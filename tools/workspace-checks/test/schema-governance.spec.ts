/**
 * Schema governance for partners: every type, field and argument described (with an allow-list
 * of today's gaps that may only shrink), a generated API reference, and no undeclared breaking
 * change against the last released API schema.
 */
import {
  API_REFERENCE_FILE,
  breakingChanges,
  CHANGELOG_FILE,
  checkDescriptions,
  composeWorkspace,
  declaredBreakingChanges,
  DESCRIPTION_GAPS_FILE,
  missingDescriptions,
  parseGapList,
  RELEASED_API_SCHEMA_FILE,
  renderApiReference,
  undeclaredBreakingChanges,
} from '@birge/schema-tools';
import { buildSchema } from 'graphql';
import { cachedWorkspaceIo } from './support/cached-workspace-io';

const SDL = `
"""A thing."""
type Thing {
  """Its id."""
  id: ID!
  name: String
  parts("""How many.""" first: Int, after: String): [Thing!]!
}
type Query {
  """One thing."""
  thing(id: ID!): Thing
}
enum Colour { RED }
`;

describe('descriptions', () => {
  it('lists every type, field and argument without one', () => {
    expect(missingDescriptions(buildSchema(SDL))).toEqual(['Colour', 'Query.thing(id:)', 'Thing.name', 'Thing.parts', 'Thing.parts(after:)']);
  });

  it('fails on gaps beyond the allow-list and on allow-listed gaps that are described now', () => {
    const check = checkDescriptions(buildSchema(SDL), ['Colour', 'Query.thing(id:)', 'Thing.name', 'Thing.parts', 'Gone.field']);
    expect(check.added).toEqual(['Thing.parts(after:)']);
    expect(check.fixed).toEqual(['Gone.field']);
  });

  it('reads the allow-list with comments', () => {
    expect(parseGapList('# header\nA.b\n\n  C  # why\n')).toEqual(['A.b', 'C']);
  });
});

describe('the API reference', () => {
  it('documents operations with their arguments and types with their fields', () => {
    const reference = renderApiReference(buildSchema(SDL));
    expect(reference).toContain('### `thing`');
    expect(reference).toContain('thing(id: ID!): Thing');
    expect(reference).toContain('| `parts(first: Int, after: String)` | [`[Thing!]!`](#thing) | <br>`first`: How many. |');
    expect(reference).toContain('### Colour');
  });
});

describe('breaking changes', () => {
  const released = `type Query { thing(id: ID!): Thing, old: String }\ntype Thing { id: ID!, name: String }`;
  const current = `type Query { thing(id: ID!, region: ID!): Thing }\ntype Thing { id: ID!, name: Int }`;
  const changes = breakingChanges(released, current);

  it('are found with graphql-js findBreakingChanges', () => {
    expect(changes.map((c) => c.description).sort()).toEqual([
      'A required arg region on Query.thing was added.',
      'Query.old was removed.',
      'Thing.name changed type from String to Int.',
    ]);
    expect(breakingChanges(released, `${released}\ntype Extra { a: Int }`)).toEqual([]);
  });

  it('fail unless declared under Unreleased → Breaking with their text', () => {
    const changelog = [
      '# Changelog',
      '## Unreleased',
      '### Breaking',
      '- Query.old was removed. Use thing instead.',
      '### Added',
      '- Thing.name changed type from String to Int.',
      '## 1.0.0',
      '### Breaking',
      '- A required arg region on Query.thing was added.',
    ].join('\n');
    expect(declaredBreakingChanges(changelog)).toBe('- Query.old was removed. Use thing instead.');
    expect(
      undeclaredBreakingChanges(changes, changelog)
        .map((c) => c.description)
        .sort(),
    ).toEqual(['A required arg region on Query.thing was added.', 'Thing.name changed type from String to Int.']);
    expect(undeclaredBreakingChanges(changes, '## Unreleased\n### Breaking\n' + changes.map((c) => `- ${c.description}`).join('\n'))).toEqual([]);
    expect(undeclaredBreakingChanges(changes, '')).toHaveLength(3);
  });
});

describe('the schema check runs the governance checks', () => {
  const io = cachedWorkspaceIo();
  const withCommitted = (file: string, content: (committed: string) => string) => ({
    ...io,
    readCommitted: (f: string) => (f === file ? content(io.readCommitted(f)) : io.readCommitted(f)),
  });

  it('passes for the tree as committed, with the released schema, the changelog and the allow-list in place', () => {
    for (const file of [RELEASED_API_SCHEMA_FILE, CHANGELOG_FILE, DESCRIPTION_GAPS_FILE, API_REFERENCE_FILE]) expect(io.readCommitted(file)).not.toBe('');
    expect(composeWorkspace(io)).toMatchObject({ stale: [], errors: [], problems: [] });
  });

  it('fails on an undeclared breaking change against the released schema', () => {
    const released = withCommitted(RELEASED_API_SCHEMA_FILE, (sdl) => sdl.replace('type Query {', 'type Query {\n  """Gone."""\n  retiredField: String'));
    expect(composeWorkspace(released).problems).toEqual([expect.stringContaining('Query.retiredField was removed.')]);
    const declared = {
      ...released,
      // The committed changelog with one more line under Unreleased / Breaking.
      readCommitted: (f: string) =>
        f === CHANGELOG_FILE ? released.readCommitted(f).replace('### Breaking\n', '### Breaking\n- Query.retiredField was removed.\n') : released.readCommitted(f),
    };
    expect(composeWorkspace(declared).problems).toEqual([]);
  });

  it('fails on a new field without a description, and asks to shrink the allow-list when a gap is fixed', () => {
    const undescribed = {
      ...io,
      printSubgraph: (name: string) => (name === 'registry' ? io.printSubgraph(name).replace('type Query {', 'type Query {\n  undescribedProbe: String') : io.printSubgraph(name)),
    };
    expect(composeWorkspace(undescribed).problems).toEqual([expect.stringContaining('Query.undescribedProbe has no description')]);
    const longer = withCommitted(DESCRIPTION_GAPS_FILE, (list) => `${list}Query.longFixed\n`);
    expect(composeWorkspace(longer).stale.map((s) => s.file)).toEqual([DESCRIPTION_GAPS_FILE]);
  });

  it('fails when the API reference is out of date', () => {
    const stale = withCommitted(API_REFERENCE_FILE, (doc) => doc.replace('# Birge API reference', '# Old'));
    expect(composeWorkspace(stale).stale.map((s) => s.file)).toEqual([API_REFERENCE_FILE]);
  });
});
