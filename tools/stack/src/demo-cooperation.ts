/**
 * Demo outreach and cooperation for `npm start`, through the public API: in Astana, three more
 * organizations whose directions meet the «Қамқор» centre's and Taza Alem's, contacts in which
 * most of the city's organizations were told what the office offers (the outreach section of the
 * region page), one introduction recorded between the «Қамқор» centre and its best match (the
 * cooperation section of the organization page), and an entry of Astana's needs register naming
 * the centre (it lacks project and grant skills), which «Мейірім»'s pro bono professionals answer
 * in the centre's matches. Once: skipped when the first of them exists.
 */
import type { DemoCall } from './demo-needs';

const ASTANA = '710000000';
const ESIL = '711210000';
const ALMATY_DISTRICT = '711110000';
const SARYARKA = '711310000';

export const DEMO_COOPERATION_ORGANIZATIONS = [
  { name: '«Мейірім» қарттарға көмек қоры', kind: 'NGO', districtCode: ESIL, directions: ['QAMQOR', 'SAGLYQ'], modes: ['OFFLINE', 'ONLINE'], categories: ['PRO_BONO'] },
  { name: 'Silver Astana', kind: 'INITIATIVE_GROUP', districtCode: ALMATY_DISTRICT, directions: ['QAMQOR'], modes: ['OFFLINE'], categories: ['SILVER'] },
  { name: 'Жасыл Сарыарқа', kind: 'INITIATIVE_GROUP', districtCode: SARYARKA, directions: ['TAZA_ALEM', 'OTHER_SOCIAL'], modes: ['OFFLINE'], categories: ['CHILDREN'] },
];

const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

interface Found {
  organizations: { edges: { node: { id: string; name: string } }[] };
}

/** The need the «Қамқор» centre faces, which pro bono professionals answer. */
export const DEMO_COOPERATION_NEED = {
  theme: 'PROJECT_AND_GRANT_SKILLS',
  kind: 'MOVEMENT',
  narrative: '«Қамқор» орталығы қарттарға арналған жобасына грант өтінімін өз бетінше жаза алмайды: жоба жоспары мен бюджетке кеңес керек.',
};

export async function loadDemoCooperation(call: DemoCall): Promise<{ loaded: boolean; organizations: number; contacts: number; introductions: number; needs: number }> {
  const find = async (search: string) =>
    (
      await call<Found>('query DemoCooperationFind($search: String) { organizations(first: 5, filter: { search: $search }) { edges { node { id name } } } }', { search })
    ).organizations.edges.map((e) => e.node);
  const first = DEMO_COOPERATION_ORGANIZATIONS[0];
  if ((await find(first.name)).some((o) => o.name === first.name)) return { loaded: false, organizations: 0, contacts: 0, introductions: 0, needs: 0 };

  const created: string[] = [];
  for (const organization of DEMO_COOPERATION_ORGANIZATIONS) {
    const result = await call<{ createOrganization: { id: string } }>(
      'mutation DemoCooperationOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      { input: { ...organization, regionCode: ASTANA, confirmNotDuplicate: true } },
    );
    created.push(result.createOrganization.id);
  }
  // Outreach: the «Қамқор» centre, Taza Alem and two of the new ones were told what the office offers; Жасыл Сарыарқа only met.
  const qamqor = (await find('Қамқор')).find((o) => o.name.includes('«Қамқор»'));
  const taza = (await find('Taza Alem Astana')).find((o) => o.name === 'Taza Alem Astana');
  const contacts: { id: string; kind: string; daysAgo: number; told: boolean }[] = [
    ...(qamqor ? [{ id: qamqor.id, kind: 'MEETING', daysAgo: 120, told: true }] : []),
    ...(taza ? [{ id: taza.id, kind: 'CALL', daysAgo: 75, told: true }] : []),
    { id: created[0], kind: 'VISIT', daysAgo: 40, told: true },
    { id: created[1], kind: 'EVENT', daysAgo: 12, told: true },
    { id: created[2], kind: 'CALL', daysAgo: 8, told: false },
  ];
  for (const contact of contacts) {
    await call('mutation DemoCooperationContact($input: LogContactInput!) { logContact(input: $input) { id } }', {
      input: { organizationId: contact.id, kind: contact.kind, occurredOn: day(contact.daysAgo), toldAboutOffer: contact.told },
    });
  }
  // One introduction, as the outcome of the «Қамқор» centre's best match.
  let introductions = 0;
  if (qamqor) {
    await call('mutation DemoCooperationIntroduction($input: RecordIntroductionInput!) { recordIntroduction(input: $input) { id } }', {
      input: { organizationId: qamqor.id, otherOrganizationId: created[0], introducedOn: day(30), note: 'Қарттар үйіне бірлескен апталық бару туралы келісті.' },
    });
    introductions += 1;
  }
  // The centre's need in Astana's register: its matches say who can help with it.
  let needs = 0;
  if (qamqor) {
    await call('mutation DemoCooperationNeed($input: RecordNeedInput!) { recordNeed(input: $input) { id } }', {
      input: { regionCode: ASTANA, ...DEMO_COOPERATION_NEED, firstNoticedOn: day(25), evidence: { organizationIds: [qamqor.id] } },
    });
    needs += 1;
  }
  return { loaded: true, organizations: created.length, contacts: contacts.length, introductions, needs };
}
