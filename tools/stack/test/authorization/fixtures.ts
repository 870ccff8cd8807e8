import { eventually, type GraphQLTestClient } from '@birge/server-testing';
import { randomUUID } from 'node:crypto';

export interface Versioned {
  id: string;
  version: number;
}

const day = 86_400_000;
let sequence = 0;
/** A name no other fixture has, so duplicate checks never get in the way. */
const unique = (prefix: string) => `${prefix} ${++sequence} ${randomUUID().slice(0, 8)}`;

/**
 * Records the matrix acts on, created by the republican admin through the gateway. Every case
 * gets fresh ones, so an allowed change never leaves the next case a record in the wrong state.
 */
export class Fixtures {
  constructor(
    private readonly admin: GraphQLTestClient,
    /** The demo administrator's sign-in, for cases about sessions. */
    readonly adminCredentials: { email: string; password: string },
  ) {}

  private adminId: Promise<string> | undefined;
  /** The administrator's own account id: someone real to assign requests to. */
  adminAccountId(): Promise<string> {
    this.adminId ??= this.admin.data<{ me: { id: string } }>('{ me { id } }').then((result) => result.me.id);
    return this.adminId;
  }

  /** A draft announcement of the republican office for one region. */
  async announcement(regionCode: string): Promise<Versioned> {
    const result = await this.admin.data<{ createAnnouncement: Versioned }>('mutation($input: CreateAnnouncementInput!) { createAnnouncement(input: $input) { id version } }', {
      input: { topic: 'GRANT', language: 'kk', title: unique('Матрица гранты'), body: 'Өтінім қабылдау басталды.', target: { regionCodes: [regionCode] } },
    });
    return result.createAnnouncement;
  }

  async organization(regionCode: string): Promise<Versioned> {
    const result = await this.admin.data<{ createOrganization: Versioned }>('mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id version } }', {
      input: {
        name: unique('Матрица жастары'),
        kind: 'INITIATIVE_GROUP',
        regionCode,
        directions: ['BILIM'],
        confirmNotDuplicate: true,
        contactPeople: [{ name: 'Айгүл Серікова', phones: ['+77011234567'], emails: ['aigul@example.kz'] }],
      },
    });
    return result.createOrganization;
  }

  /**
   * A new request of a new organization, once assistance has heard of the organization from the
   * registry (until then the request's region is pending and nobody's region rules can apply).
   */
  async request(regionCode: string): Promise<Versioned & { organizationId: string }> {
    const organization = await this.organization(regionCode);
    const submitted = await this.admin.data<{ submitAssistanceRequest: Versioned }>(
      'mutation($input: SubmitAssistanceRequestInput!) { submitAssistanceRequest(input: $input) { id version } }',
      { input: { organizationId: organization.id, type: 'ADMINISTRATIVE', subtype: 'STATE_BODY_LIAISON', description: 'Әкімдікпен кездесу керек' } },
    );
    const settled = await eventually(async () => {
      const result = await this.admin.request<{ assistanceRequest: { id: string; version: number; region: { code: string } | null } | null }>(
        'query($id: ID!) { assistanceRequest(id: $id) { id version region { code } } }',
        { id: submitted.submitAssistanceRequest.id },
      );
      const request = result.data?.assistanceRequest;
      return request?.region?.code === regionCode ? request : undefined;
    }, 60_000);
    return { id: settled.id, version: settled.version, organizationId: organization.id };
  }

  async moveRequest(request: Versioned, status: string, extra: Record<string, unknown> = {}): Promise<Versioned> {
    const result = await this.admin.data<{ changeAssistanceRequestStatus: Versioned }>(
      'mutation($input: ChangeAssistanceRequestStatusInput!) { changeAssistanceRequestStatus(input: $input) { id version } }',
      { input: { id: request.id, version: request.version, status, ...extra } },
    );
    return result.changeAssistanceRequestStatus;
  }

  /** A request in progress, waiting on a state body's answer to a referral. */
  async referredRequest(regionCode: string): Promise<Versioned & { referralId: string }> {
    let request: Versioned = await this.request(regionCode);
    request = await this.moveRequest(request, 'TRIAGED');
    request = await this.moveRequest(request, 'IN_PROGRESS');
    request = await this.moveRequest(request, 'WAITING_ON_STATE_BODY', { referral: { stateBody: 'Әкімдік' } });
    const read = await this.admin.data<{ assistanceRequest: { referrals: { id: string }[] } }>('query($id: ID!) { assistanceRequest(id: $id) { referrals { id } } }', {
      id: request.id,
    });
    return { ...request, referralId: read.assistanceRequest.referrals[0].id };
  }

  async resolvedRequest(regionCode: string): Promise<Versioned> {
    let request: Versioned = await this.request(regionCode);
    request = await this.moveRequest(request, 'TRIAGED');
    request = await this.moveRequest(request, 'IN_PROGRESS');
    return this.moveRequest(request, 'RESOLVED', { outcome: { result: 'DOCUMENTS_OBTAINED' } });
  }

  async training(regionCode: string, startsInDays = 10): Promise<Versioned> {
    const startsAt = new Date(Date.now() + startsInDays * day);
    const result = await this.admin.data<{ scheduleTraining: Versioned }>('mutation($input: ScheduleTrainingInput!) { scheduleTraining(input: $input) { id version } }', {
      input: {
        regionCode,
        topic: unique('Гранттық есеп'),
        audience: 'NGO_STAFF',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
        venue: 'Front office',
        capacity: 30,
      },
    });
    return result.scheduleTraining;
  }

  /**
   * A registration of an organization assistance knows. `begun`: its training starts in a
   * moment, and this waits until it has (attendance is marked once a training has begun).
   */
  async registration(regionCode: string, begun = false): Promise<Versioned & { trainingId: string }> {
    const request = await this.request(regionCode);
    const startsAt = Date.now() + (begun ? 1_500 : 10 * day);
    const training = await this.training(regionCode, (startsAt - Date.now()) / day);
    const result = await this.admin.data<{ registerForTraining: Versioned }>('mutation($input: RegisterForTrainingInput!) { registerForTraining(input: $input) { id version } }', {
      input: { trainingId: training.id, organizationId: request.organizationId, participants: 2 },
    });
    if (begun) await new Promise((resolve) => setTimeout(resolve, Math.max(0, startsAt - Date.now()) + 100));
    return { ...result.registerForTraining, trainingId: training.id };
  }

  async resource(regionCode: string): Promise<{ id: string }> {
    const result = await this.admin.data<{ addBookableResource: { id: string } }>('mutation($input: AddBookableResourceInput!) { addBookableResource(input: $input) { id } }', {
      input: { regionCode, kind: 'ROOM', name: unique('Зал'), capacity: 20 },
    });
    return result.addBookableResource;
  }

  private slot = 0;
  /** A free two-hour slot, a different one every call. */
  nextSlot(): { startsAt: string; endsAt: string } {
    const startsAt = new Date(Date.UTC(2027, 0, 4, 4) + (this.slot++ % 5000) * 3 * 3_600_000);
    return { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString() };
  }

  async booking(regionCode: string): Promise<Versioned & { resourceId: string }> {
    const [resource, request] = await Promise.all([this.resource(regionCode), this.request(regionCode)]);
    const result = await this.admin.data<{ bookResource: Versioned }>('mutation($input: BookResourceInput!) { bookResource(input: $input) { id version } }', {
      input: { resourceId: resource.id, organizationId: request.organizationId, ...this.nextSlot() },
    });
    return { ...result.bookResource, resourceId: resource.id };
  }

  async verificationCheck(regionCode: string): Promise<{ id: string; organizationId: string }> {
    const organization = await this.organization(regionCode);
    const result = await this.admin.data<{ recordVerificationCheck: { id: string } }>(
      'mutation($input: RecordVerificationCheckInput!) { recordVerificationCheck(input: $input) { id } }',
      { input: { organizationId: organization.id, method: 'VISIT', outcome: 'PENDING', notes: 'Тексеріліп жатыр' } },
    );
    return { id: result.recordVerificationCheck.id, organizationId: organization.id };
  }

  async district(regionCode: string): Promise<{ code: string; version: number }> {
    const code = `${regionCode.slice(0, 2)}9${String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')}`;
    const result = await this.admin.data<{ addDistrict: { code: string; version: number } }>(
      'mutation($regionCode: ID!, $code: ID!, $name: LocalizedTextInput!) { addDistrict(regionCode: $regionCode, code: $code, kind: DISTRICT, name: $name) { code version } }',
      { regionCode, code, name: { kk: unique('Жаңа аудан'), ru: unique('Новый район'), en: unique('New district') } },
    );
    return result.addDistrict;
  }

  /** A new entry of the region's needs register, OPEN. */
  async need(regionCode: string): Promise<Versioned> {
    const result = await this.admin.data<{ recordNeed: Versioned }>('mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id version } }', {
      input: { regionCode, theme: 'NO_PLACE_TO_MEET', kind: 'MOVEMENT', narrative: unique('Жастарға жиналатын орын жоқ') },
    });
    return result.recordNeed;
  }

  /** A new OPEN thread of the region's feedback channel, opened by the republican office. */
  async feedbackThread(regionCode: string): Promise<{ id: string }> {
    const result = await this.admin.data<{ startFeedbackThread: { id: string } }>('mutation($input: StartFeedbackThreadInput!) { startFeedbackThread(input: $input) { id } }', {
      input: { regionCode, topic: 'QUESTION', subject: unique('Сұрақ'), text: 'Өңірдегі жағдай қалай?' },
    });
    return result.startFeedbackThread;
  }

  /** A CLOSED thread of the region's feedback channel. */
  async closedFeedbackThread(regionCode: string): Promise<{ id: string }> {
    const thread = await this.feedbackThread(regionCode);
    await this.admin.data('mutation($id: ID!) { closeFeedbackThread(id: $id) { id } }', { id: thread.id });
    return thread;
  }

  /** A new monthly report form (one optional number and one optional text field), expecting reports from January 2025. */
  async reportForm(): Promise<Versioned & { revision: number }> {
    const label = (text: string) => ({ kk: text, ru: text, en: text });
    const result = await this.admin.data<{ createReportForm: { id: string; revision: number } }>(
      'mutation($input: CreateReportFormInput!) { createReportForm(input: $input) { id revision } }',
      {
        input: {
          title: label(unique('Ай сайынғы есеп')),
          periodType: 'MONTH',
          firstPeriod: '2025-01',
          dueDays: 10,
          sections: [
            {
              key: 'main',
              title: label('Негізгі'),
              fields: [
                { key: 'events', type: 'NUMBER', label: label('Іс-шаралар') },
                { key: 'notes', type: 'TEXT', label: label('Ескертпе') },
              ],
            },
          ],
        },
      },
    );
    return { ...result.createReportForm, version: result.createReportForm.revision };
  }

  /** A region's new DRAFT report (on a fresh form). */
  async report(regionCode: string): Promise<Versioned> {
    const form = await this.reportForm();
    const result = await this.admin.data<{ openReport: Versioned }>('mutation($input: OpenReportInput!) { openReport(input: $input) { id version } }', {
      input: { formId: form.id, regionCode, period: '2025-01' },
    });
    return result.openReport;
  }

  /** A region's report, SUBMITTED and waiting for review. */
  async submittedReport(regionCode: string): Promise<Versioned> {
    const report = await this.report(regionCode);
    const result = await this.admin.data<{ submitReport: Versioned }>('mutation($input: SubmitReportInput!) { submitReport(input: $input) { id version } }', {
      input: { id: report.id, version: report.version },
    });
    return result.submitReport;
  }

  /** A region's report, ACCEPTED and locked. */
  async acceptedReport(regionCode: string): Promise<Versioned> {
    const report = await this.submittedReport(regionCode);
    const result = await this.admin.data<{ acceptReport: Versioned }>('mutation($input: AcceptReportInput!) { acceptReport(input: $input) { id version } }', {
      input: { id: report.id, version: report.version },
    });
    return result.acceptReport;
  }

  async staffAccount(): Promise<{ id: string }> {
    const result = await this.admin.data<{ createStaffAccount: { id: string } }>('mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }', {
      input: { email: `${randomUUID().slice(0, 12)}@matrix.birge.kz`, name: unique('Қызметкер'), role: 'ANALYST', password: 'matrix-password-2026' },
    });
    return result.createStaffAccount;
  }

  async apiKey(): Promise<{ id: string }> {
    const result = await this.admin.data<{ createApiKey: { apiKey: { id: string } } }>('mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }', {
      input: { name: unique('Key'), scopes: ['registry:read'], expiresAt: new Date(Date.now() + day).toISOString() },
    });
    return result.createApiKey.apiKey;
  }

  async session(): Promise<{ refreshToken: string }> {
    const { email, password } = this.adminCredentials;
    const result = await this.admin.data<{ login: { refreshToken: string } }>(
      'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { refreshToken } }',
      { email, password },
    );
    return result.login;
  }
}
