/**
 * Demo organizations, requests and contact-log entries in the regions the first demo set leaves
 * empty, so that the analysts' map, charts and trends show a whole country under `npm start`.
 * Loaded through the public API like the rest (events and figures follow as in real use), once:
 * skipped when Akmola Region already has organizations. Contacts are dated over the last months
 * (the contact log takes past days), so the monthly series have a shape; a third of the requests
 * are resolved and a third taken up (spreadDemoHistory then dates them over the past months).
 */
import { AssistanceSubtype, OUTCOMES_BY_SUBTYPE, REGIONS } from '@birge/shared-reference';
import type { DemoCall } from './demo-needs';

const DIRECTIONS = [
  'BILIM',
  'QAMQOR',
  'TAZA_ALEM',
  'SAGLYQ',
  'UMIT',
  'AYALA',
  'MEDIA',
  'SPORT_AND_HEALTHY_LIFESTYLE',
  'CULTURE_AND_ARTS',
  'ASYL_MURA',
  'SABAQTASTYQ',
  'OTHER_SOCIAL',
];
const KINDS = ['NGO', 'INITIATIVE_GROUP', 'NGO'] as const;
const NAMES = ['{place} волонтерлер орталығы', '{place} жастар бастамасы', '«Жарқын {place}» қоғамдық бірлестігі'];
const REQUESTS = [
  { type: 'CONSULTATIVE', subtype: 'GRANT_AND_REPORTING_DOCUMENTS', description: 'Грантқа өтінім дайындауға кеңес керек.' },
  { type: 'ADMINISTRATIVE', subtype: 'PREMISES_AND_EQUIPMENT', description: 'Айына екі рет жиналатын зал керек.' },
  { type: 'INFORMATIONAL', subtype: 'GRANTS_AND_PROGRAMMES', description: 'Өңірдегі қолдау бағдарламалары туралы ақпарат сұраймыз.' },
  { type: 'ADMINISTRATIVE', subtype: 'TRAINING', description: 'Волонтер жетекшілеріне тренинг ұйымдастыруды сұраймыз.' },
];
const CONTACT_KINDS = ['MEETING', 'CALL', 'VISIT', 'EVENT'];

/** The regions the first demo set fills; the others get this set. */
const FILLED = new Set(['710000000', '750000000', '790000000', '100000000', '350000000', '470000000', '610000000']);

/** Calls until the assistance service has the organization's region (it follows the registry within seconds: REGION_PENDING before). */
async function whenRegionArrived<T>(call: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (Date.now() > deadline || (error as { reason?: string }).reason !== 'REGION_PENDING') throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/**
 * Moves a demo request along its workflow: 0 resolves it (with its sub-type's first outcome), 1 takes
 * it up, 2 leaves it new. Each step sends the request's current version: the assistance service may
 * have changed it since (its region arriving from the registry), and a stale one is read again.
 */
export async function moveDemoRequest(call: DemoCall, request: { id: string; version: number }, subtype: AssistanceSubtype, path: number): Promise<void> {
  if (path === 2) return;
  const steps = path === 0 ? ['TRIAGED', 'IN_PROGRESS', 'RESOLVED'] : ['TRIAGED', 'IN_PROGRESS'];
  let version = request.version;
  for (const status of steps) {
    const outcome = status === 'RESOLVED' ? { result: OUTCOMES_BY_SUBTYPE[subtype][0] } : undefined;
    const moved = await whenRegionArrived(async () => {
      try {
        return await call<{ changeAssistanceRequestStatus: { version: number } }>(
          'mutation DemoAnalyticsMove($input: ChangeAssistanceRequestStatusInput!) { changeAssistanceRequestStatus(input: $input) { version } }',
          { input: { id: request.id, version, status, ...(outcome ? { outcome } : {}) } },
        );
      } catch (error) {
        if ((error as { reason?: string }).reason !== 'STALE_VERSION') throw error;
        const current = await call<{ assistanceRequest: { version: number } }>('query DemoAnalyticsVersion($id: ID!) { assistanceRequest(id: $id) { version } }', {
          id: request.id,
        });
        version = current.assistanceRequest.version;
        throw Object.assign(new Error('the request changed; sending its current version'), { reason: 'REGION_PENDING' });
      }
    });
    version = moved.changeAssistanceRequestStatus.version;
  }
}

const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

export async function loadDemoAnalytics(call: DemoCall): Promise<{ loaded: boolean; organizations: number; requests: number; contacts: number }> {
  const existing = await call<{ organizations: { totalCount: number } }>(
    'query DemoAnalyticsCheck { organizations(first: 1, filter: { regionCode: "110000000" }) { totalCount } }',
  );
  if (existing.organizations.totalCount > 0) return { loaded: false, organizations: 0, requests: 0, contacts: 0 };
  let organizations = 0;
  let requests = 0;
  let contacts = 0;
  const regions = REGIONS.filter((region) => !FILLED.has(region.code));
  for (const [index, region] of regions.entries()) {
    // One to three organizations a region, in its first districts.
    const count = 1 + (index % 3);
    for (let n = 0; n < count; n += 1) {
      const district = region.districts[n % region.districts.length];
      if (!district) continue;
      const place = district.name.kk.replace(/ (ауданы|қ\.)$/, '');
      const created = await call<{ createOrganization: { id: string } }>(
        'mutation DemoAnalyticsOrganization($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
        {
          input: {
            name: (NAMES[n % NAMES.length] ?? '{place}').replace('{place}', place),
            kind: KINDS[n % KINDS.length],
            regionCode: region.code,
            districtCode: district.code,
            directions: [DIRECTIONS[(index + n) % DIRECTIONS.length], DIRECTIONS[(index + n + 5) % DIRECTIONS.length]],
          },
        },
      );
      organizations += 1;
      const id = created.createOrganization.id;
      for (let r = 0; r < (index + n) % 3; r += 1) {
        const request = REQUESTS[(index + n + r) % REQUESTS.length] ?? REQUESTS[0];
        const submitted = await whenRegionArrived(() =>
          call<{ submitAssistanceRequest: { id: string; version: number } }>(
            'mutation DemoAnalyticsRequest($input: SubmitAssistanceRequestInput!) { submitAssistanceRequest(input: $input) { id version } }',
            { input: { organizationId: id, ...request } },
          ),
        );
        requests += 1;
        // Some are taken up and resolved, some only taken up, the rest wait: the figures of time to respond and to resolve.
        await moveDemoRequest(call, submitted.submitAssistanceRequest, request.subtype as AssistanceSubtype, (index + n + r) % 3);
      }
      // Contacts over the last months: a few for some organizations, none for others (coverage varies).
      for (let c = 0; c < (index + 2 * n) % 4; c += 1) {
        await call('mutation DemoAnalyticsContact($input: LogContactInput!) { logContact(input: $input) { id } }', {
          input: { organizationId: id, kind: CONTACT_KINDS[c % CONTACT_KINDS.length], occurredOn: day(20 + c * 37 + index * 5), toldAboutOffer: c === 0 },
        });
        contacts += 1;
      }
    }
  }
  return { loaded: true, organizations, requests, contacts };
}
