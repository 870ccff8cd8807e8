/**
 * Demo data for `npm start`, loaded through the public API (so events, notifications and figures
 * follow exactly as in real use) and only into an empty registry.
 */
import { callGateway, type Credentials } from './gateway-client';

interface DemoOrganization {
  name: string;
  kind: 'NGO' | 'INITIATIVE_GROUP' | 'INDEPENDENT_VOLUNTEER';
  regionCode: string;
  districtCode: string | null;
  directions: string[];
  /** Personal data: the dashboard and partners show it only to those allowed (see README). */
  contactPeople?: { name: string; role: string; phones?: string[]; emails?: string[] }[];
  requests: { type: string; subtype: string; description: string }[];
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    name: '«Қамқор» волонтерлер орталығы',
    kind: 'NGO',
    regionCode: '710000000',
    districtCode: '711210000',
    directions: ['QAMQOR', 'OTHER_SOCIAL'],
    contactPeople: [{ name: 'Әлия Бекова', role: 'төраға', phones: ['+77015550101'], emails: ['aliya@qamqor.example.kz'] }],
    requests: [
      { type: 'ADMINISTRATIVE', subtype: 'PREMISES_AND_EQUIPMENT', description: 'Апта сайынғы кездесулерге 30 адамдық зал қажет.' },
      { type: 'CONSULTATIVE', subtype: 'GRANT_AND_REPORTING_DOCUMENTS', description: 'Мемлекеттік әлеуметтік тапсырысқа өтінім дайындауға көмек.' },
    ],
  },
  {
    name: 'Taza Alem Astana',
    kind: 'INITIATIVE_GROUP',
    regionCode: '710000000',
    districtCode: '711310000',
    directions: ['TAZA_ALEM'],
    contactPeople: [{ name: 'Дәурен Сейітов', role: 'жетекші', phones: ['+77015550102'] }],
    requests: [{ type: 'ADMINISTRATIVE', subtype: 'STATE_BODY_LIAISON', description: 'Есіл жағалауын тазалау акциясына әкімдіктің рұқсаты керек.' }],
  },
  {
    name: 'Общественный фонд «Сабақтастық»',
    kind: 'NGO',
    regionCode: '750000000',
    districtCode: '751110000',
    directions: ['SABAQTASTYQ', 'BILIM'],
    requests: [{ type: 'ADMINISTRATIVE', subtype: 'TRAINING', description: 'Тренинг для наставников воспитанников детских домов.' }],
  },
  {
    name: 'Almaty Ayala',
    kind: 'INITIATIVE_GROUP',
    regionCode: '750000000',
    districtCode: '751310000',
    directions: ['AYALA'],
    requests: [],
  },
  {
    name: 'Шымкент жастар волонтерлері',
    kind: 'NGO',
    regionCode: '790000000',
    districtCode: '791310000',
    directions: ['SPORT_AND_HEALTHY_LIFESTYLE', 'MEDIA'],
    requests: [{ type: 'INFORMATIONAL', subtype: 'MEDIA_PUBLICITY', description: 'Жарнамалық науқан: жастар арасында салауатты өмір салтын насихаттау.' }],
  },
  {
    name: 'Семей «Асыл мұра» бастамашыл тобы',
    kind: 'INITIATIVE_GROUP',
    regionCode: '100000000',
    districtCode: '101000000',
    directions: ['ASYL_MURA', 'CULTURE_AND_ARTS'],
    requests: [{ type: 'CONSULTATIVE', subtype: 'ORGANIZATION_REGISTRATION', description: 'Қоғамдық бірлестік ретінде тіркелуге кеңес керек.' }],
  },
  {
    name: 'Поисковый отряд «Үміт»',
    kind: 'NGO',
    regionCode: '350000000',
    districtCode: '351000000',
    directions: ['UMIT'],
    requests: [{ type: 'INFORMATIONAL', subtype: 'GRANTS_AND_PROGRAMMES', description: 'Какие гранты есть на снаряжение для поисковых отрядов?' }],
  },
  {
    name: 'Aktau Saglyq Volunteers',
    kind: 'NGO',
    regionCode: '470000000',
    districtCode: '471000000',
    directions: ['SAGLYQ'],
    requests: [{ type: 'INFORMATIONAL', subtype: 'COOPERATION', description: 'Looking for partner organizations for a donor day.' }],
  },
  {
    name: 'Айгерім Сәрсенова',
    kind: 'INDEPENDENT_VOLUNTEER',
    regionCode: '610000000',
    districtCode: '611000000',
    directions: ['BILIM'],
    requests: [],
  },
];

/**
 * Loads the demo organizations and their requests unless the registry already has organizations.
 * `token`: a republican administrator's access token; without it the call relies on the gateway's
 * DEV_IDENTITY_FALLBACK (tests and benchmarks that keep it on).
 */
export async function loadDemoData(gatewayUrl: string, token?: string): Promise<{ loaded: boolean; organizations: number; requests: number }> {
  const credentials: Credentials = token ? { bearer: token } : null;
  const call = <T>(url: string, query: string, variables: Record<string, unknown> = {}) =>
    callGateway<T>(url, credentials, query, variables).catch((error: unknown) => {
      throw new Error(`demo data: ${error instanceof Error ? error.message : String(error)}`);
    });
  const existing = await call<{ organizations: { totalCount: number } }>(gatewayUrl, '{ organizations(first: 1) { totalCount } }');
  if (existing.organizations.totalCount > 0) return { loaded: false, organizations: existing.organizations.totalCount, requests: 0 };
  let requests = 0;
  for (const { requests: demoRequests, ...organization } of DEMO_ORGANIZATIONS) {
    const created = await call<{ createOrganization: { id: string } }>(gatewayUrl, 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', {
      input: organization,
    });
    for (const request of demoRequests) {
      await call(gatewayUrl, 'mutation($input: SubmitAssistanceRequestInput!) { submitAssistanceRequest(input: $input) { id } }', {
        input: { organizationId: created.createOrganization.id, ...request },
      });
      requests++;
    }
  }
  return { loaded: true, organizations: DEMO_ORGANIZATIONS.length, requests };
}
