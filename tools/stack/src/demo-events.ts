/**
 * Demo joint events and publication log for `npm start`, through the public API: round tables,
 * a forum and a planned meeting in Astana and Almaty with the directory's akimats, departments and
 * sponsors (and the region's organizations when there are any), who came, what was agreed and a
 * request that followed; the regions' media coverage, one of it from a request resolved with a
 * publication. Loaded once, after the directory: skipped when a joint event exists.
 */
import type { DemoCall } from './demo-needs';

const ASTANA = '710000000';
const ALMATY = '750000000';
const CREATE_EVENT = `mutation DemoJointEvent($input: CreateJointEventInput!) { createJointEvent(input: $input) { id } }`;
const FOLLOW_UP = `mutation DemoJointEventFollowUp($input: AddJointEventFollowUpInput!) { addJointEventFollowUp(input: $input) { id } }`;
const CREATE_PUBLICATION = `mutation DemoPublication($input: CreatePublicationInput!) { createPublication(input: $input) { id } }`;
const MOVE = `mutation DemoPublicationRequestMove($input: ChangeAssistanceRequestStatusInput!) { changeAssistanceRequestStatus(input: $input) { version } }`;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

interface Entries {
  bodies: Map<string, string>;
  sponsors: Map<string, string>;
  organizations: string[];
}

/** Calls until the assistance service has its copy of the directory entries and organizations named (it follows within seconds). */
async function whenKnown<T>(call: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (Date.now() > deadline || !/UNKNOWN_(SPONSOR|STATE_BODY|ORGANIZATION)|is not an? (sponsor|state body|organization) of the (directory|registry)/.test(String(error)))
        throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

async function entriesOf(call: DemoCall, regionCode: string): Promise<Entries> {
  const data = await call<{
    stateBodies: { edges: { node: { id: string; name: { en: string } } }[] };
    sponsors: { edges: { node: { id: string; name: string } }[] };
    organizations: { edges: { node: { id: string } }[] };
  }>(
    `query DemoEventEntries($regionCode: ID) {
      stateBodies(first: 20, filter: { regionCode: $regionCode }) { edges { node { id name { en } } } }
      sponsors(first: 20) { edges { node { id name } } }
      organizations(first: 2, filter: { regionCode: $regionCode }) { edges { node { id } } }
    }`,
    { regionCode },
  );
  return {
    bodies: new Map(data.stateBodies.edges.map(({ node }) => [node.name.en, node.id])),
    sponsors: new Map(data.sponsors.edges.map(({ node }) => [node.name, node.id])),
    organizations: data.organizations.edges.map(({ node }) => node.id),
  };
}

const invite = (kind: 'STATE_BODY' | 'SPONSOR' | 'ORGANIZATION', id: string | undefined, attended: boolean | null) => (id ? [{ kind, id, attended }] : []);

/** A request of the organization resolved with a publication: the log gets it from the outcome. */
async function publicationFromRequest(call: DemoCall, organizationId: string): Promise<void> {
  const submitted = await call<{ submitAssistanceRequest: { id: string; version: number } }>(
    'mutation DemoPublicationRequest($input: SubmitAssistanceRequestInput!) { submitAssistanceRequest(input: $input) { id version } }',
    { input: { organizationId, type: 'INFORMATIONAL', subtype: 'MEDIA_PUBLICITY', description: 'Сенбілік туралы БАҚ-та жариялауға көмек сұраймыз.' } },
  );
  let version = submitted.submitAssistanceRequest.version;
  for (const status of ['TRIAGED', 'IN_PROGRESS', 'RESOLVED']) {
    const outcome =
      status === 'RESOLVED' ? { result: 'PUBLICATION_MADE', link: 'https://www.inform.kz/kz/astana-volunteers-cleanup', note: 'Астанадағы сенбілік туралы мақала' } : undefined;
    const moved = await call<{ changeAssistanceRequestStatus: { version: number } }>(MOVE, {
      input: { id: submitted.submitAssistanceRequest.id, version, status, ...(outcome ? { outcome } : {}) },
    });
    version = moved.changeAssistanceRequestStatus.version;
  }
  // Staff complete what the outcome could not say: the direction it was about (the reach is left to record).
  const made = await call<{ publications: { edges: { node: { id: string; version: number; requestId: string | null } }[] } }>(
    'query DemoRequestPublication($filter: PublicationFilter) { publications(filter: $filter, first: 5) { edges { node { id version requestId } } } }',
    { filter: { regionCode: ASTANA, source: 'REQUEST_OUTCOME' } },
  );
  const publication = made.publications.edges.map((edge) => edge.node).find((node) => node.requestId === submitted.submitAssistanceRequest.id);
  if (publication) {
    await call('mutation DemoCompletePublication($input: UpdatePublicationInput!) { updatePublication(input: $input) { id } }', {
      input: { id: publication.id, version: publication.version, directions: ['TAZA_ALEM'] },
    });
  }
}

export async function loadDemoEvents(call: DemoCall): Promise<{ loaded: boolean; events: number; publications: number }> {
  const existing = await call<{ jointEvents: { totalCount: number } }>('query DemoEventsCheck { jointEvents(first: 1) { totalCount } }');
  if (existing.jointEvents.totalCount > 0) return { loaded: false, events: existing.jointEvents.totalCount, publications: 0 };
  const astana = await entriesOf(call, ASTANA);
  const almaty = await entriesOf(call, ALMATY);
  const akimat = (entries: Entries) => [...entries.bodies.entries()].find(([name]) => name.startsWith('Akimat'))?.[1];
  const [firstOrganization, secondOrganization] = astana.organizations;

  const events = [
    {
      regionCode: ASTANA,
      kind: 'ROUND_TABLE',
      heldOn: day(-21),
      districtCode: '711210000',
      place: 'Астана қаласы әкімдігі, мәжіліс залы',
      title: 'Жалғыз қарттарға көмек: волонтерлер мен әкімдіктің дөңгелек үстелі',
      directions: ['QAMQOR'],
      agreed: 'Әлеуметтік бағдарламалар басқармасы жалғыз қарттардың тізімін береді; волонтерлер аптасына бір рет барады; демеуші көлік шығынын көтереді.',
      invited: [
        ...invite('STATE_BODY', akimat(astana), true),
        ...invite('STATE_BODY', astana.bodies.get('Department of employment and social programmes'), true),
        ...invite('SPONSOR', astana.sponsors.get('Ұлттық ерікті желісінің серіктесі «Бірлік»'), false),
        ...invite('ORGANIZATION', firstOrganization, true),
        ...invite('ORGANIZATION', secondOrganization, false),
      ],
    },
    {
      regionCode: ASTANA,
      kind: 'FORUM',
      heldOn: day(-60),
      place: '«Жастар сарайы»',
      title: 'Астана жастар волонтерлігі форумы',
      directions: ['BILIM', 'SPORT_AND_HEALTHY_LIFESTYLE'],
      agreed: 'Жастар саясаты басқармасы мектептердегі волонтерлік клубтарға үй-жай береді.',
      invited: [
        ...invite('STATE_BODY', astana.bodies.get('Department of youth policy'), true),
        ...invite('SPONSOR', astana.sponsors.get('Astana Green Business'), true),
        ...invite('SPONSOR', astana.sponsors.get('Central Asia Civic Partnership'), true),
      ],
    },
    {
      regionCode: ASTANA,
      kind: 'MEETING',
      heldOn: day(10),
      place: 'Волонтерлік фронт-офис',
      title: 'Таза Әлем: демеушілермен кездесу',
      directions: ['TAZA_ALEM'],
      invited: [...invite('SPONSOR', astana.sponsors.get('Astana Green Business'), null), ...invite('SPONSOR', astana.sponsors.get('Азаматтық бастамалар қоры'), null)],
    },
    {
      regionCode: ALMATY,
      kind: 'ROUND_TABLE',
      heldOn: day(-14),
      place: 'Алматы қаласы әкімдігі',
      title: 'Гранттық бағдарламалар: Алматы ұйымдарымен дөңгелек үстел',
      directions: ['BILIM'],
      agreed: 'Қор өтінім жазу бойынша екі семинар өткізеді.',
      invited: [...invite('STATE_BODY', almaty.bodies.get('Department of youth policy'), true), ...invite('SPONSOR', almaty.sponsors.get('Азаматтық бастамалар қоры'), true)],
    },
  ];
  const ids: string[] = [];
  for (const input of events) ids.push((await whenKnown(() => call<{ createJointEvent: { id: string } }>(CREATE_EVENT, { input }))).createJointEvent.id);

  // What followed the round table: a request of the organization that came.
  if (firstOrganization) {
    const followed = await call<{ submitAssistanceRequest: { id: string } }>(
      'mutation DemoFollowUpRequest($input: SubmitAssistanceRequestInput!) { submitAssistanceRequest(input: $input) { id } }',
      {
        input: {
          organizationId: firstOrganization,
          type: 'ADMINISTRATIVE',
          subtype: 'STATE_BODY_LIAISON',
          description: 'Дөңгелек үстелде келісілгендей, қарттардың тізімін алуға көмек керек.',
        },
      },
    );
    await call(FOLLOW_UP, { input: { eventId: ids[0], kind: 'ASSISTANCE_REQUEST', targetId: followed.submitAssistanceRequest.id, note: 'Қарттардың тізімі' } });
  }

  const publications = [
    {
      regionCode: ASTANA,
      outlet: 'Kazinform',
      title: 'Астанада волонтерлер жалғыз қарттарға көмектеседі',
      publishedOn: day(-20),
      reach: 15_000,
      directions: ['QAMQOR'],
      link: 'https://www.inform.kz/kz/astana-qamqor',
      districtCode: '711210000',
    },
    {
      regionCode: ASTANA,
      outlet: 'Astana TV',
      title: 'Жастар волонтерлігі форумы',
      publishedOn: day(-59),
      reach: 80_000,
      directions: ['BILIM'],
      link: 'https://astanatv.kz/kz/news/forum',
    },
    { regionCode: ASTANA, outlet: 'Instagram: @astana_volunteers', publishedOn: day(-5), reach: 3_200, directions: ['TAZA_ALEM'] },
    {
      regionCode: ALMATY,
      outlet: 'Almaty.tv',
      title: 'Гранттар туралы дөңгелек үстел',
      publishedOn: day(-13),
      reach: 25_000,
      directions: ['BILIM'],
      link: 'https://almaty.tv/news/grants',
    },
  ];
  for (const input of publications) await call(CREATE_PUBLICATION, { input });
  if (firstOrganization) await publicationFromRequest(call, firstOrganization);
  return { loaded: true, events: ids.length, publications: publications.length + (firstOrganization ? 1 : 0) };
}
