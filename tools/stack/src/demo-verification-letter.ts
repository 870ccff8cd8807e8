/**
 * Demo verification letter for `npm start`: the Qamqor volunteer centre (a demo organization) has a
 * passed National Volunteer Network partner letter check naming the demo partner who wrote it, so
 * the organization's verification panel says whom the letter came from and the directory shows
 * the partner's letters.
 */
import type { DemoCall } from './demo-needs';

const ORGANIZATION = '«Қамқор» волонтерлер орталығы';
const FIND = `query DemoVerificationFind($search: String) { organizations(first: 5, filter: { search: $search }) { edges { node { id name } } } }`;
const RECORD = `mutation($input: RecordVerificationCheckInput!) { recordVerificationCheck(input: $input) { id } }`;

/** Records the letter check when the demo organization is there; false when it is not (the registry had other data). */
export async function loadDemoVerificationLetter(call: DemoCall, partnerId: string): Promise<boolean> {
  const found = await call<{ organizations: { edges: { node: { id: string; name: string } }[] } }>(FIND, { search: ORGANIZATION });
  const organization = found.organizations.edges.find(({ node }) => node.name === ORGANIZATION)?.node;
  if (!organization) return false;
  await call(RECORD, {
    input: {
      organizationId: organization.id,
      method: 'NVN_PARTNER_LETTER',
      outcome: 'PASSED',
      letterFromEntryId: partnerId,
      notes: 'Серіктес ұйымның қайырымдылық акцияларына екі жыл бойы бірге қатысқанын растады.',
    },
  });
  return true;
}
