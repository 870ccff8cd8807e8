import { ASTANA, CREATE, startRegistry, type RegistryHarness } from './support/registry-harness';

const CHECK = `id method outcome letterFrom { __typename ... on Sponsor { id name kind } ... on StateBody { id bodyName: name { kk } bodyKind: kind } }`;
const RECORD = `mutation($input: RecordVerificationCheckInput!) { recordVerificationCheck(input: $input) { ${CHECK} } }`;
const UPDATE_CHECK = `mutation($input: UpdateVerificationCheckInput!) { updateVerificationCheck(input: $input) { ${CHECK} } }`;
const CREATE_SPONSOR = `mutation($input: CreateSponsorInput!) { createSponsor(input: $input) { id version } }`;
const UPDATE_SPONSOR = `mutation($input: UpdateSponsorInput!) { updateSponsor(input: $input) { id } }`;
const CREATE_BODY = `mutation($input: CreateStateBodyInput!) { createStateBody(input: $input) { id } }`;
const CHECKS = `query($id: ID!) { organization(id: $id) { verificationStatus verification { checks { ${CHECK} } } } }`;
const SPONSOR_LETTERS = `query($id: ID!) { sponsor(id: $id) {
  verificationLetterSummary { written passed lastCheckedAt }
  verificationLetters { method outcome checkedAt organization { id name } }
} }`;
const BODY_LETTERS = `query($id: ID!) { stateBody(id: $id) { verificationLetterSummary { written passed } verificationLetters { organization { id } } } }`;

const UNKNOWN = '3f0c2a52-9d1e-4c5b-8a7f-2b6d1e0c9a41';

type Check = { id: string; method: string; outcome: string; letterFrom: { __typename: string; id: string } | null };
type Letters = {
  verificationLetterSummary: { written: number; passed: number; lastCheckedAt: string | null };
  verificationLetters: { method: string; outcome: string; organization: { id: string; name: string } }[];
};

describe('registry: who wrote a verification letter, and the letters each directory entry wrote', () => {
  let h: RegistryHarness;
  let partner: string;
  let business: string;
  let akimat: string;
  const create = async (name: string) =>
    (await h.client.data<{ createOrganization: { id: string } }>(CREATE, { input: { name, kind: 'INITIATIVE_GROUP', regionCode: ASTANA, directions: ['BILIM'] } }))
      .createOrganization.id;
  const record = (input: Record<string, unknown>) => h.client.request<{ recordVerificationCheck: Check }>(RECORD, { input });
  const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    (result.errors?.[0].extensions?.fields as { field: string; code: string }[] | undefined)?.map((f) => `${f.field}:${f.code}`);

  beforeAll(async () => {
    h = await startRegistry();
    partner = (
      await h.client.data<{ createSponsor: { id: string } }>(CREATE_SPONSOR, {
        input: { kind: 'NATIONAL_NETWORK_PARTNER', name: 'Жастар желісі', writesRecommendationLetters: true },
      })
    ).createSponsor.id;
    business = (await h.client.data<{ createSponsor: { id: string } }>(CREATE_SPONSOR, { input: { kind: 'BUSINESS', name: 'Astana Business', regionCode: ASTANA } })).createSponsor
      .id;
    akimat = (
      await h.client.data<{ createStateBody: { id: string } }>(CREATE_BODY, {
        input: { kind: 'AKIMAT', regionCode: ASTANA, name: { kk: 'Астана қаласының әкімдігі', ru: 'Акимат города Астаны', en: 'Astana city akimat' } },
      })
    ).createStateBody.id;
  });
  afterAll(() => h?.stop());

  it("records a letter check naming a partner, and the partner's history shows the letter it wrote", async () => {
    const id = await create('Хат алған топ');
    const recorded = await record({ organizationId: id, method: 'NVN_PARTNER_LETTER', outcome: 'PASSED', letterFromEntryId: partner });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordVerificationCheck.letterFrom).toEqual({ __typename: 'Sponsor', id: partner, name: 'Жастар желісі', kind: 'NATIONAL_NETWORK_PARTNER' });
    const checks = await h.client.data<{ organization: { verification: { checks: Check[] } } }>(CHECKS, { id });
    expect(checks.organization.verification.checks[0].letterFrom?.id).toBe(partner);

    const history = await h.client.data<{ sponsor: Letters }>(SPONSOR_LETTERS, { id: partner });
    expect(history.sponsor.verificationLetterSummary).toMatchObject({ written: 1, passed: 1 });
    expect(history.sponsor.verificationLetterSummary.lastCheckedAt).not.toBeNull();
    expect(history.sponsor.verificationLetters).toEqual([
      { method: 'NVN_PARTNER_LETTER', outcome: 'PASSED', checkedAt: expect.any(String), organization: { id, name: 'Хат алған топ' } },
    ]);
    const none = await h.client.data<{ sponsor: Letters }>(SPONSOR_LETTERS, { id: business });
    expect(none.sponsor).toEqual({ verificationLetterSummary: { written: 0, passed: 0, lastCheckedAt: null }, verificationLetters: [] });
  });

  it('takes an akimat as the writer of a recommendation letter; an update names another writer, or none', async () => {
    const id = await create('Әкімдік хатын алған топ');
    const recorded = await record({ organizationId: id, method: 'RECOMMENDATION_LETTER', outcome: 'PENDING', letterFromEntryId: akimat });
    const check = recorded.data?.recordVerificationCheck as Check;
    expect(check.letterFrom).toMatchObject({ __typename: 'StateBody', id: akimat });
    expect(
      (
        await h.client.data<{ stateBody: { verificationLetterSummary: { written: number; passed: number }; verificationLetters: { organization: { id: string } }[] } }>(
          BODY_LETTERS,
          { id: akimat },
        )
      ).stateBody,
    ).toEqual({ verificationLetterSummary: { written: 1, passed: 0 }, verificationLetters: [{ organization: { id } }] });

    const kept = await h.client.data<{ updateVerificationCheck: Check }>(UPDATE_CHECK, { input: { checkId: check.id, outcome: 'PASSED' } });
    expect(kept.updateVerificationCheck.letterFrom?.id).toBe(akimat);
    const moved = await h.client.data<{ updateVerificationCheck: Check }>(UPDATE_CHECK, { input: { checkId: check.id, outcome: 'PASSED', letterFromEntryId: business } });
    expect(moved.updateVerificationCheck.letterFrom).toMatchObject({ __typename: 'Sponsor', id: business });
    const cleared = await h.client.data<{ updateVerificationCheck: Check }>(UPDATE_CHECK, { input: { checkId: check.id, outcome: 'PASSED', letterFromEntryId: '' } });
    expect(cleared.updateVerificationCheck.letterFrom).toBeNull();
    expect((await h.client.data<{ stateBody: { verificationLetterSummary: { written: number } } }>(BODY_LETTERS, { id: akimat })).stateBody.verificationLetterSummary.written).toBe(
      0,
    );
  });

  it('refuses a writer on a visit, an unknown or archived entry, and a business for a partner letter, changing nothing', async () => {
    const id = await create('Бас тартылған топ');
    const pending = (await record({ organizationId: id, method: 'RECOMMENDATION_LETTER', outcome: 'PENDING', letterFromEntryId: business })).data?.recordVerificationCheck as Check;
    const rowsBefore = await h.count('verification_check');
    const before = await h.client.data(CHECKS, { id });

    expect(codes(await record({ organizationId: id, method: 'VISIT', outcome: 'PASSED', letterFromEntryId: partner }))).toEqual(['letterFromEntryId:LETTER_WRITER_NOT_FOR_METHOD']);
    expect(codes(await record({ organizationId: id, method: 'RECOMMENDATION_LETTER', outcome: 'PASSED', letterFromEntryId: UNKNOWN }))).toEqual([
      'letterFromEntryId:UNKNOWN_DIRECTORY_ENTRY',
    ]);
    expect(codes(await record({ organizationId: id, method: 'RECOMMENDATION_LETTER', outcome: 'PASSED', letterFromEntryId: 'not-an-id' }))).toEqual([
      'letterFromEntryId:INVALID_ID',
    ]);
    expect(codes(await record({ organizationId: id, method: 'NVN_PARTNER_LETTER', outcome: 'PASSED', letterFromEntryId: business }))).toEqual([
      'letterFromEntryId:NOT_NVN_PARTNER',
    ]);
    const refusedUpdate = await h.client.request(UPDATE_CHECK, { input: { checkId: pending.id, outcome: 'PASSED', letterFromEntryId: UNKNOWN } });
    expect(codes(refusedUpdate)).toEqual(['letterFromEntryId:UNKNOWN_DIRECTORY_ENTRY']);

    const archivedPartner = (
      await h.client.data<{ createSponsor: { id: string; version: number } }>(CREATE_SPONSOR, { input: { kind: 'NATIONAL_NETWORK_PARTNER', name: 'Жабылған серіктес' } })
    ).createSponsor;
    await h.client.data(UPDATE_SPONSOR, { input: { id: archivedPartner.id, version: archivedPartner.version, archived: true } });
    expect(codes(await record({ organizationId: id, method: 'NVN_PARTNER_LETTER', outcome: 'PASSED', letterFromEntryId: archivedPartner.id }))).toEqual([
      'letterFromEntryId:DIRECTORY_ENTRY_ARCHIVED',
    ]);

    expect(await h.count('verification_check')).toBe(rowsBefore);
    expect(await h.client.data(CHECKS, { id })).toEqual(before);
  });
});
