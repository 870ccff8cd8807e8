import type { GraphQLTestClient } from '@birge/server-testing';
import { randomUUID } from 'node:crypto';
import { RULES } from '../expectations';
import type { CaseContext, OperationRule } from './rule';

type Variables = Record<string, unknown>;
const read = (admin: GraphQLTestClient, query: string, variables: Variables) => admin.request(query, variables).then((r) => r.data);
const inputOf = (variables: Variables) => variables.input as Record<string, unknown>;
const unique = (text: string) => `${text} ${Math.random().toString(36).slice(2, 8)}`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function jointEvent(c: CaseContext): Promise<{ id: string; version: number }> {
  const data = await c.admin.data<{ createJointEvent: { id: string; version: number } }>(
    'mutation($input: CreateJointEventInput!) { createJointEvent(input: $input) { id version } }',
    { input: { regionCode: c.region, kind: 'ROUND_TABLE', title: unique('Дөңгелек үстел'), heldOn: day(-1) } },
  );
  return data.createJointEvent;
}

async function publication(c: CaseContext): Promise<{ id: string; version: number }> {
  const data = await c.admin.data<{ createPublication: { id: string; version: number } }>(
    'mutation($input: CreatePublicationInput!) { createPublication(input: $input) { id version } }',
    { input: { regionCode: c.region, outlet: unique('Kazinform'), publishedOn: day(-1), reach: 100 } },
  );
  return data.createPublication;
}

const eventState = (c: CaseContext, id: unknown) => read(c.admin, 'query($id: ID!) { jointEvent(id: $id) { version title agreed followUps { targetId } } }', { id });
const publicationState = (c: CaseContext, id: unknown) => read(c.admin, 'query($id: ID!) { publication(id: $id) { version outlet reach } }', { id });

/** Joint events and the publication log (assistance): a region's records, read by its staff and analysts, kept by its staff. */
export const EVENT_OPERATIONS: Record<string, OperationRule> = {
  'Query.jointEvents': {
    expect: RULES.regionRead,
    regional: true,
    document: 'query($regionCode: String) { jointEvents(first: 5, filter: { regionCode: $regionCode }) { totalCount edges { node { id title } } } }',
    variables: (c) => ({ regionCode: c.region }),
  },
  'Query.jointEvent': {
    expect: RULES.regionRead,
    regional: true,
    document: 'query($id: ID!) { jointEvent(id: $id) { id title invited { id } } }',
    variables: async (c) => ({ id: (await jointEvent(c)).id }),
  },
  'Mutation.createJointEvent': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: CreateJointEventInput!) { createJointEvent(input: $input) { id } }',
    variables: (c) => ({ input: { regionCode: c.region, kind: 'FORUM', title: unique('Форум'), heldOn: day(2) } }),
    snapshot: (c, v) =>
      read(c.admin, 'query($regionCode: String) { jointEvents(first: 100, filter: { regionCode: $regionCode }) { edges { node { title } } } }', {
        regionCode: inputOf(v).regionCode,
      }).then((data) => JSON.stringify(data).includes(String(inputOf(v).title))),
  },
  'Mutation.updateJointEvent': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: UpdateJointEventInput!) { updateJointEvent(input: $input) { id version } }',
    variables: async (c) => {
      const event = await jointEvent(c);
      return { input: { id: event.id, version: event.version, agreed: 'Бірлескен жоспар' } };
    },
    snapshot: (c, v) => eventState(c, inputOf(v).id),
  },
  'Mutation.addJointEventFollowUp': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: AddJointEventFollowUpInput!) { addJointEventFollowUp(input: $input) { id followUps { targetId } } }',
    variables: async (c) => ({ input: { eventId: (await jointEvent(c)).id, kind: 'NEED', targetId: randomUUID() } }),
    snapshot: (c, v) => eventState(c, inputOf(v).eventId),
  },
  'Query.publications': {
    expect: RULES.regionRead,
    regional: true,
    document: 'query($regionCode: String) { publications(first: 5, filter: { regionCode: $regionCode }) { totalCount totalReach edges { node { id outlet } } } }',
    variables: (c) => ({ regionCode: c.region }),
  },
  'Query.publication': {
    expect: RULES.regionRead,
    regional: true,
    document: 'query($id: ID!) { publication(id: $id) { id outlet } }',
    variables: async (c) => ({ id: (await publication(c)).id }),
  },
  'Mutation.createPublication': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: CreatePublicationInput!) { createPublication(input: $input) { id } }',
    variables: (c) => ({ input: { regionCode: c.region, outlet: unique('Хабар 24'), publishedOn: day(0), reach: 5000 } }),
    snapshot: (c, v) =>
      read(c.admin, 'query($regionCode: String) { publications(first: 100, filter: { regionCode: $regionCode }) { edges { node { outlet } } } }', {
        regionCode: inputOf(v).regionCode,
      }).then((data) => JSON.stringify(data).includes(String(inputOf(v).outlet))),
  },
  'Mutation.updatePublication': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($input: UpdatePublicationInput!) { updatePublication(input: $input) { id version } }',
    variables: async (c) => {
      const made = await publication(c);
      return { input: { id: made.id, version: made.version, reach: 12_000 } };
    },
    snapshot: (c, v) => publicationState(c, inputOf(v).id),
  },
  'Mutation.deletePublication': {
    expect: RULES.regionWrite,
    regional: true,
    document: 'mutation($id: ID!, $version: Int!) { deletePublication(id: $id, version: $version) }',
    variables: async (c) => {
      const made = await publication(c);
      return { id: made.id, version: made.version };
    },
    snapshot: (c, v) => publicationState(c, v.id),
  },
};
