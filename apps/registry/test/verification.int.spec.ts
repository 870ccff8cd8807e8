import { CheckOutcome, Role, VerificationMethod } from '@birge/shared-reference';
import { readdirSync } from 'node:fs';
import { ABAI_REGION, ASTANA, CREATE, startRegistry, type RegistryHarness } from './support/registry-harness';

const RECORD = `mutation($input: RecordVerificationCheckInput!) {
  recordVerificationCheck(input: $input) { id method outcome checkedBy evidence { fileName mimeType sizeBytes sha256 contentBase64 } }
}`;
const UPDATE_CHECK = `mutation($input: UpdateVerificationCheckInput!) { updateVerificationCheck(input: $input) { id outcome } }`;
const DECIDE = `mutation($input: DecideVerificationInput!) { decideVerification(input: $input) { status verifiedAt reverificationDueAt } }`;
const VERIFICATION = `query($id: ID!) { organization(id: $id) { verificationStatus verification {
  status verifiedAt reverificationDueAt checks { method outcome evidence { fileName } } history { kind decision reason statusBefore statusAfter actor }
} } }`;

const PDF = Buffer.from('%PDF-1.4\n% рекомендация хаты\n').toString('base64');
type V = {
  organization: {
    verificationStatus: string;
    verification: {
      status: string;
      verifiedAt: string | null;
      reverificationDueAt: string | null;
      checks: unknown[];
      history: { kind: string; statusAfter: string; reason: string | null }[];
    };
  };
};

describe("registry: verification by the memo's five methods", () => {
  let h: RegistryHarness;
  const evidenceDir = () => process.env.REGISTRY_EVIDENCE_DIR as string;
  const storedFiles = () => readdirSync(evidenceDir(), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  const create = async (name: string, qazvolunteerId: string | null = null) =>
    (await h.client.data<{ createOrganization: { id: string } }>(CREATE, { input: { name, kind: 'INITIATIVE_GROUP', regionCode: ASTANA, directions: ['BILIM'], qazvolunteerId } }))
      .createOrganization.id;

  beforeAll(async () => {
    h = await startRegistry({ REGISTRY_EVIDENCE_MAX_BYTES: String(64 * 1024) });
  });
  afterAll(() => h?.stop());

  it('goes UNVERIFIED -> IN_REVIEW -> VERIFIED as checks come in, keeping the evidence and the history', async () => {
    const id = await create('Тексерілетін топ');
    expect((await h.client.data<V>(VERIFICATION, { id })).organization.verificationStatus).toBe('UNVERIFIED');

    const pending = await h.client.data<{ recordVerificationCheck: { id: string; evidence: { sizeBytes: number; contentBase64: string }[] } }>(RECORD, {
      input: {
        organizationId: id,
        method: 'RECOMMENDATION_LETTER',
        outcome: 'PENDING',
        notes: 'Хат сұралды',
        evidence: [{ fileName: 'хат.pdf', mimeType: 'application/pdf', contentBase64: PDF }],
      },
    });
    expect(pending.recordVerificationCheck.evidence[0].contentBase64).toBe(PDF);
    expect((await h.client.data<V>(VERIFICATION, { id })).organization.verificationStatus).toBe('IN_REVIEW');

    await h.client.data(UPDATE_CHECK, { input: { checkId: pending.recordVerificationCheck.id, outcome: 'PASSED' } });
    const verified = (await h.client.data<V>(VERIFICATION, { id })).organization.verification;
    expect(verified.status).toBe('VERIFIED');
    expect(new Date(verified.reverificationDueAt as string).getUTCFullYear()).toBe(new Date(verified.verifiedAt as string).getUTCFullYear() + 2);
    expect(verified.history.map((e) => `${e.kind}:${e.statusAfter}`)).toEqual(['CHECK_UPDATED:VERIFIED', 'CHECK_RECORDED:IN_REVIEW']);
  });

  it('lets a person reject with a reason, and expires a verification past its period', async () => {
    const id = await create('Күмәнді топ');
    await h.client.data(RECORD, { input: { organizationId: id, method: 'VISIT', outcome: 'PASSED' } });
    const rejected = await h.client.data<{ decideVerification: { status: string } }>(DECIDE, {
      input: { organizationId: id, decision: 'REJECTED', reason: 'Бенефициарлар растамады' },
    });
    expect(rejected.decideVerification.status).toBe('REJECTED');
    const noReason = await h.client.request(DECIDE, { input: { organizationId: id, decision: 'VERIFIED', reason: ' ' } });
    expect(noReason.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'reason' });

    const other = await create('Ескі тексеру');
    await h.client.data(DECIDE, { input: { organizationId: other, decision: 'VERIFIED', reason: 'Бірлескен акцияда көрдік' } });
    await h.subgraph.dataSource.query(`UPDATE registry.organization SET verified_at = now() - interval '25 months' WHERE id = $1`, [other]);
    const expired = await h.client.data<V>(VERIFICATION, { id: other });
    expect(expired.organization.verificationStatus).toBe('EXPIRED');
    expect(new Date(expired.organization.verification.reverificationDueAt as string).getTime()).toBeLessThan(Date.now());
  });

  it('announces every derived status to analytics in the same transaction, in the order derived, and nothing for a refused check', async () => {
    const id = await create('Хабарлайтын топ');
    await h.client.data(RECORD, { input: { organizationId: id, method: 'VISIT', outcome: 'PENDING' } });
    await h.client.data(RECORD, { input: { organizationId: id, method: 'VISIT', outcome: 'PASSED' } });
    await h.client.request(RECORD, { input: { organizationId: id, method: 'QAZVOLUNTEER_ID', outcome: 'PASSED' } });
    const events: { payload: { regionCode: string; status: string; verifiedAt: string | null; changedAt: string } }[] = await h.subgraph.dataSource.query(
      `SELECT data->'payload' AS payload FROM pgboss.job WHERE name = 'analytics.organization-verifications' AND data->'payload'->>'organizationId' = $1
       ORDER BY data->'payload'->>'changedAt'`,
      [id],
    );
    expect(events.map((e) => [e.payload.regionCode, e.payload.status, e.payload.verifiedAt !== null])).toEqual([
      [ASTANA, 'IN_REVIEW', false],
      [ASTANA, 'VERIFIED', true],
    ]);
  });

  it('refuses bad files and a passed Qazvolunteer.kz check without an ID, storing neither rows nor files', async () => {
    const id = await create('Файлсыз топ');
    const rowsBefore = await h.count('verification_check');
    const evidenceBefore = await h.count('evidence_file');
    const filesBefore = storedFiles();
    const bad = await h.client.request(RECORD, {
      input: {
        organizationId: id,
        method: 'QAZVOLUNTEER_ID',
        outcome: 'PASSED',
        evidence: [
          { fileName: 'ok.pdf', mimeType: 'application/pdf', contentBase64: PDF },
          { fileName: 'virus.pdf', mimeType: 'application/pdf', contentBase64: Buffer.from('MZ\x90\x00').toString('base64') },
          { fileName: 'big.txt', mimeType: 'text/plain', contentBase64: Buffer.alloc(65 * 1024, 'a').toString('base64') },
          { fileName: 'run.exe', mimeType: 'application/x-msdownload', contentBase64: 'TVo=' },
          { fileName: 'x.txt', mimeType: 'text/plain', contentBase64: 'not base64!' },
        ],
      },
    });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields?.map((f) => `${f.field}:${f.code}`)).toEqual([
      'evidence.1.contentBase64:ATTACHMENT_CONTENT_MISMATCH',
      'evidence.2.contentBase64:ATTACHMENT_TOO_LARGE',
      'evidence.3.mimeType:ATTACHMENT_TYPE_NOT_ALLOWED',
      'evidence.4.contentBase64:INVALID_BASE64',
    ]);
    const noId = await h.client.request(RECORD, {
      input: { organizationId: id, method: 'QAZVOLUNTEER_ID', outcome: 'PASSED', evidence: [{ fileName: 'ok.pdf', mimeType: 'application/pdf', contentBase64: PDF }] },
    });
    expect(noId.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'method', code: 'QAZVOLUNTEER_ID_MISSING' });
    expect(await h.count('verification_check')).toBe(rowsBefore);
    expect(await h.count('evidence_file')).toBe(evidenceBefore);
    expect(storedFiles()).toBe(filesBefore);
    expect((await h.client.data<V>(VERIFICATION, { id })).organization.verificationStatus).toBe('UNVERIFIED');
  });

  it("refuses another region's staff before storing any evidence file", async () => {
    const id = await create('Басқа өңірдің тобы');
    const [{ id: checkId }]: { id: string }[] = await h.subgraph.dataSource.query(
      `INSERT INTO registry.verification_check (organization_id, method, outcome, checked_by, checked_at) VALUES ($1, 'VISIT', 'PENDING', 'admin', now()) RETURNING id`,
      [id],
    );
    const verification = h.subgraph.services.verification;
    const put = jest.spyOn(verification['storage'], 'put');
    const abaiStaff = { userId: 'abai', role: Role.REGIONAL_STAFF, regionCode: ABAI_REGION };
    const evidence = [{ fileName: 'visit.pdf', mimeType: 'application/pdf', contentBase64: PDF }];
    try {
      await expect(verification.recordCheck({ organizationId: id, method: VerificationMethod.VISIT, outcome: CheckOutcome.PENDING, evidence }, abaiStaff)).rejects.toMatchObject({
        details: { reason: 'OTHER_REGION' },
      });
      await expect(verification.updateCheck({ checkId, outcome: CheckOutcome.PENDING, evidence }, abaiStaff)).rejects.toMatchObject({ details: { reason: 'OTHER_REGION' } });
      expect(put).not.toHaveBeenCalled();
    } finally {
      put.mockRestore();
    }
  });
});
