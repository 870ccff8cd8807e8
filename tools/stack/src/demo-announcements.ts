/**
 * Demo announcements for `npm start`, through the public API: the contact people of the demo
 * organizations who have an e-mail agree to receive announcements (recorded on the contact person
 * in the registry), then one announcement is sent (its e-mails go to the local mail catcher, and
 * the list shows its figures) and one is scheduled a few days ahead.
 */
import { CONTACT_PEOPLE_FIELDS, contactPersonInput, type DemoContactPerson } from './demo-contact-people';
import type { DemoCall } from './demo-needs';

const ORGANIZATIONS = `query { organizations(first: 100) { edges { node { id version ${CONTACT_PEOPLE_FIELDS} } } } }`;
const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`;
const AUDIENCE = `query($target: AnnouncementTargetInput!) { announcementAudience(target: $target) { emails } }`;
const CREATE = `mutation($input: CreateAnnouncementInput!) { createAnnouncement(input: $input) { id } }`;
const SEND = `mutation($id: ID!) { sendAnnouncement(id: $id) { id figures { audience } } }`;

const ASTANA = '710000000';
/** How many demo organizations without an e-mail get a demo address (example addresses, caught by the local mail catcher). */
const DEMO_ADDRESSES = 12;

export const DEMO_SENT_ANNOUNCEMENT = {
  topic: 'GRANT',
  language: 'kk',
  title: 'Жастар бастамаларына арналған шағын гранттар',
  body:
    'Жастар ресурстық орталығы волонтерлік ұйымдар мен бастамашыл топтарға 1 миллион теңгеге дейінгі шағын гранттарға өтінім қабылдауды бастады.\n\n' +
    'Өтінім беру мерзімі — 20 желтоқсан. Өтінімді дайындауға фронт-офис көмектеседі: кеңсеге келіңіз немесе хабарласыңыз.',
  link: 'https://example.kz/grants/youth',
  target: { regionCodes: [ASTANA] },
};

export const DEMO_SCHEDULED_ANNOUNCEMENT = {
  topic: 'EVENT',
  language: 'ru',
  title: 'Республиканский форум волонтёров',
  body: 'Приглашаем волонтёрские организации на республиканский форум: обмен опытом, встречи с партнёрами и государственными органами.\n\nРегистрация открыта до конца месяца.',
  target: { directions: ['OTHER_SOCIAL', 'QAMQOR', 'TAZA_ALEM'] },
};

/** Waits for the notifications service to hear of every consent (its own copy, fed by the registry's events). */
async function waitForAudience(call: DemoCall, expected: number, timeoutMs = 60_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { announcementAudience } = await call<{ announcementAudience: { emails: number } }>(AUDIENCE, { target: {} });
    if (announcementAudience.emails >= expected || Date.now() > deadline) return announcementAudience.emails;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export async function loadDemoAnnouncements(call: DemoCall): Promise<{ loaded: boolean; announcements: number; consenting: number }> {
  const existing = await call<{ announcements: { totalCount: number } }>('{ announcements(first: 1) { totalCount } }');
  if (existing.announcements.totalCount > 0) return { loaded: false, announcements: existing.announcements.totalCount, consenting: 0 };
  const { organizations } = await call<{ organizations: { edges: { node: { id: string; version: number; contactPeople: DemoContactPerson[] } }[] } }>(ORGANIZATIONS);
  const addresses = new Set<string>();
  for (const [index, { node }] of organizations.edges.entries()) {
    // An organization nobody is named for gets a demo contact person (within the first few).
    const people: DemoContactPerson[] = node.contactPeople.length
      ? node.contactPeople
      : index < DEMO_ADDRESSES
        ? [{ name: 'Байланыс тұлғасы', role: null, phones: [], emails: [], socialLinks: [], emailConsent: false }]
        : [];
    if (!people.length || people.every((person) => person.emailConsent)) continue;
    // The first organizations without an address get a demo one, so the lists show several recipients.
    const withoutAddress = !people.some((person) => person.emails?.length);
    if (withoutAddress && index >= DEMO_ADDRESSES) continue;
    const contactPeople = people.map((person, i) => {
      const emails = person.emails?.length ? person.emails : withoutAddress && i === 0 ? [`contact${index + 1}@demo.birge.kz`] : [];
      return contactPersonInput(person, emails, emails.length > 0);
    });
    await call(UPDATE, { input: { id: node.id, version: node.version, contactPeople } });
    for (const person of contactPeople) for (const email of person.emails) addresses.add(email.toLowerCase());
  }
  const consenting = addresses.size;
  await waitForAudience(call, consenting);
  const sent = await call<{ createAnnouncement: { id: string } }>(CREATE, { input: DEMO_SENT_ANNOUNCEMENT });
  await call(SEND, { id: sent.createAnnouncement.id });
  const inThreeDays = new Date(Date.now() + 3 * 86_400_000);
  inThreeDays.setUTCHours(4, 0, 0, 0);
  await call(CREATE, { input: { ...DEMO_SCHEDULED_ANNOUNCEMENT, scheduledAt: inThreeDays.toISOString() } });
  return { loaded: true, announcements: 2, consenting };
}
