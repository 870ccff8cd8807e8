/**
 * Schema governance for partners, on the API schema (what callers see):
 * - every type, field and argument has a description; the gaps of today are listed in
 *   tools/schema/description-gaps.txt, a list that may only shrink;
 * - docs/api-reference.md, generated from the API schema, is up to date;
 * - no breaking change against the last released API schema
 *   (apps/gateway/api-schema.released.graphql) unless CHANGELOG.md declares it under
 *   "## Unreleased" → "### Breaking" with the change's text.
 */
import {
  BreakingChangeType,
  buildSchema,
  findBreakingChanges,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

export const DESCRIPTION_GAPS_FILE = 'tools/schema/description-gaps.txt';
export const API_REFERENCE_FILE = 'docs/api-reference.md';
export const RELEASED_API_SCHEMA_FILE = 'apps/gateway/api-schema.released.graphql';
export const CHANGELOG_FILE = 'CHANGELOG.md';

const described = (text: string | null | undefined) => Boolean(text?.trim());

function publicTypes(schema: GraphQLSchema): GraphQLNamedType[] {
  return Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith('__') && !(isScalarType(type) && isSpecifiedScalarType(type)))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function fieldsOf(type: GraphQLNamedType): (GraphQLField<unknown, unknown> | GraphQLInputField)[] {
  return isObjectType(type) || isInterfaceType(type) || isInputObjectType(type) ? Object.values(type.getFields()) : [];
}

/** Schema coordinates (`Type`, `Type.field`, `Type.field(argument:)`) without a description. */
export function missingDescriptions(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of publicTypes(schema)) {
    const isRoot = type === schema.getQueryType() || type === schema.getMutationType() || type === schema.getSubscriptionType();
    if (!isRoot && !described(type.description)) missing.push(type.name);
    for (const field of fieldsOf(type)) {
      if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
      for (const argument of ('args' in field ? field.args : []) as readonly GraphQLArgument[]) {
        if (!described(argument.description)) missing.push(`${type.name}.${field.name}(${argument.name}:)`);
      }
    }
  }
  return missing;
}

export function parseGapList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

export function renderGapList(gaps: string[]): string {
  return (
    [
      '# Types, fields and arguments of the API schema without a description, as of when the check began.',
      '# This list may only shrink: describe one in its subgraph, then remove its line (npm run schema:compose rewrites it).',
      '# A new gap fails npm run schema:check.',
      ...gaps,
    ].join('\n') + '\n'
  );
}

export interface DescriptionCheck {
  /** Gaps not in the allow-list: new types or fields without a description. */
  added: string[];
  /** Allow-listed gaps that are described now: remove them from the list. */
  fixed: string[];
  /** All gaps today. */
  gaps: string[];
}

export function checkDescriptions(schema: GraphQLSchema, allowed: string[]): DescriptionCheck {
  const gaps = missingDescriptions(schema);
  const allowedSet = new Set(allowed);
  const gapSet = new Set(gaps);
  return { gaps, added: gaps.filter((gap) => !allowedSet.has(gap)), fixed: allowed.filter((gap) => !gapSet.has(gap)) };
}

const typeKind = (type: GraphQLNamedType) =>
  isObjectType(type) ? 'type' : isInterfaceType(type) ? 'interface' : isUnionType(type) ? 'union' : isEnumType(type) ? 'enum' : isInputObjectType(type) ? 'input' : 'scalar';

const oneLine = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const anchor = (name: string) => name.toLowerCase();
const typeLink = (typeName: string) => {
  const base = typeName.replace(/[[\]!]/g, '');
  return ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(base) ? `\`${typeName}\`` : `[\`${typeName}\`](#${anchor(base)})`;
};

function renderFields(type: GraphQLNamedType, lines: string[]): void {
  const fields = fieldsOf(type);
  if (!fields.length) return;
  lines.push('| field | type | description |', '|---|---|---|');
  for (const field of fields) {
    const args = 'args' in field ? (field.args as readonly GraphQLArgument[]) : [];
    const argText = args.length ? `(${args.map((a) => `${a.name}: ${a.type.toString()}`).join(', ')})` : '';
    const argDocs = args
      .filter((a) => described(a.description))
      .map((a) => `<br>\`${a.name}\`: ${oneLine(a.description)}`)
      .join('');
    const deprecated = 'deprecationReason' in field && field.deprecationReason ? ` **Deprecated:** ${oneLine(field.deprecationReason)}` : '';
    lines.push(`| \`${field.name}${argText}\` | ${typeLink(field.type.toString())} | ${oneLine(field.description)}${deprecated}${argDocs} |`);
  }
  lines.push('');
}

/** docs/api-reference.md: every operation and type of the API schema with its description. */
export function renderApiReference(schema: GraphQLSchema): string {
  const lines = [
    '# Birge API reference',
    '',
    '<!-- Generated from apps/gateway/api-schema.graphql by `npm run schema:compose` (tools/schema/governance.ts); do not edit. -->',
    '',
    'One GraphQL endpoint, the gateway (`POST /graphql`); the schema as a file at `GET /schema.graphql`.',
    'Partners authenticate with `X-Api-Key: <key>`; staff with `Authorization: Bearer <access token>`.',
    'Errors carry a machine-readable `extensions.code`.',
    '',
  ];
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    lines.push(`## ${root.name === 'Query' ? 'Queries' : 'Mutations'}`, '');
    for (const field of Object.values(root.getFields()).sort((a, b) => a.name.localeCompare(b.name))) {
      const args = field.args.length ? `(${field.args.map((a) => `${a.name}: ${a.type.toString()}`).join(', ')})` : '';
      lines.push(`### \`${field.name}\``, '', '```graphql', `${field.name}${args}: ${field.type.toString()}`, '```', '');
      if (described(field.description)) lines.push(oneLine(field.description), '');
      const documented = field.args.filter((a) => described(a.description));
      if (documented.length) lines.push(...documented.map((a) => `- \`${a.name}\`: ${oneLine(a.description)}`), '');
      if (field.deprecationReason) lines.push(`**Deprecated:** ${oneLine(field.deprecationReason)}`, '');
    }
  }
  lines.push('## Types', '');
  for (const type of publicTypes(schema)) {
    if (type === schema.getQueryType() || type === schema.getMutationType()) continue;
    lines.push(`### ${type.name}`, '', `*${typeKind(type)}*${described(type.description) ? `: ${oneLine(type.description)}` : ''}`, '');
    if (isEnumType(type)) {
      lines.push('| value | description |', '|---|---|');
      for (const value of type.getValues())
        lines.push(`| \`${value.name}\` | ${oneLine(value.description)}${value.deprecationReason ? ` **Deprecated:** ${oneLine(value.deprecationReason)}` : ''} |`);
      lines.push('');
    } else if (isUnionType(type)) {
      lines.push(
        `One of: ${type
          .getTypes()
          .map((member) => typeLink(member.name))
          .join(', ')}`,
        '',
      );
    } else {
      if ((isObjectType(type) || isInterfaceType(type)) && type.getInterfaces().length) {
        lines.push(
          `Implements: ${type
            .getInterfaces()
            .map((i) => typeLink(i.name))
            .join(', ')}`,
          '',
        );
      }
      renderFields(type, lines);
    }
  }
  return lines.join('\n').trimEnd() + '\n';
}

export interface BreakingChange {
  type: BreakingChangeType;
  description: string;
}

export function breakingChanges(releasedSdl: string, currentSdl: string): BreakingChange[] {
  return findBreakingChanges(buildSchema(releasedSdl), buildSchema(currentSdl)).map(({ type, description }) => ({ type, description }));
}

/** The lines of CHANGELOG.md under "## Unreleased" → "### Breaking" (up to the next heading). */
export function declaredBreakingChanges(changelog: string): string {
  const lines = changelog.split('\n');
  const unreleased = lines.findIndex((line) => /^##\s+Unreleased\b/i.test(line));
  if (unreleased < 0) return '';
  const declared: string[] = [];
  let inBreaking = false;
  for (const line of lines.slice(unreleased + 1)) {
    if (/^##\s/.test(line)) break;
    if (/^###\s/.test(line)) {
      inBreaking = /^###\s+Breaking\b/i.test(line);
      continue;
    }
    if (inBreaking) declared.push(line);
  }
  return declared.join('\n');
}

/** Breaking changes the changelog does not declare (by their text, as findBreakingChanges words it). */
export function undeclaredBreakingChanges(changes: BreakingChange[], changelog: string): BreakingChange[] {
  const declared = declaredBreakingChanges(changelog).replace(/\s+/g, ' ');
  return changes.filter((change) => !declared.includes(change.description.replace(/\s+/g, ' ')));
}
