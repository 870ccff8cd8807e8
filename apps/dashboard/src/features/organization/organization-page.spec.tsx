import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { ABAI, ANALYST, regionOptionsMock, STAFF_ID, staffDirectoryMock, unreadCountMock } from '../../testing/fixtures';
import { badUserInput } from '../../testing/forms';
import { renderWithProviders, type Mocks } from '../../testing/render';
import { LogContactMutation, organizationPageVariables, OrganizationPageQuery, RecordVerificationCheckMutation, SubmitAssistanceRequestMutation } from './organization.graphql';
import { OrganizationPage } from './organization-page';

const ID = '6f1c1a52-4c1e-4a57-9d1a-0f0f6a3a1b11';
const variables = organizationPageVariables(ID);
const [SEMEY] = ABAI.districts;

const request = {
  __typename: 'AssistanceRequest',
  id: 'a1',
  type: 'CONSULTATIVE',
  subtype: 'ORGANIZATION_REGISTRATION',
  status: 'NEW',
  description: 'Тіркеуге көмек керек' as string | null,
  personalDataHidden: null as string | null,
  createdAt: '2026-11-25T09:00:00.000Z',
  outcome: null as unknown,
  rating: null as unknown,
};

const emptyConnection = (typename: string, withheld: string | null = null) => ({ __typename: typename, totalCount: 0, withheld, edges: [] });

const contact = {
  __typename: 'Contact',
  id: 'c1',
  kind: 'MEETING',
  occurredOn: '2026-11-20',
  staffUserId: STAFF_ID,
  notes: 'Кеңсеге келді',
  personalDataHidden: null,
  toldAboutOffer: true,
  createdAt: '2026-11-20T09:00:00.000Z',
  district: SEMEY,
};

const contactConnection = (nodes: (typeof contact)[]) => ({
  __typename: 'ContactConnection',
  totalCount: nodes.length,
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: nodes.length ? 'k1' : null },
  edges: nodes.map((node) => ({ __typename: 'ContactEdge', cursor: `k-${node.id}`, node })),
});

const passedCheck = {
  __typename: 'VerificationCheck',
  id: 'v1',
  method: 'RECOMMENDATION_LETTER',
  outcome: 'PASSED',
  notes: 'Әкімдіктен хат',
  personalDataHidden: null,
  checkedBy: STAFF_ID,
  checkedAt: '2026-11-21T10:00:00.000Z',
  evidenceHidden: null,
  evidence: [
    {
      __typename: 'EvidenceFile',
      id: 'f1',
      fileName: 'hat.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 2048,
      sha256: 'ab',
      uploadedAt: '2026-11-21T10:00:00.000Z',
      personalDataHidden: null,
    },
  ],
};

function organization(assistanceRequests: unknown, { contacts = [] as (typeof contact)[], checks = [] as unknown[], kind = 'INITIATIVE_GROUP' } = {}) {
  return {
    __typename: 'Organization',
    id: ID,
    name: 'Жасыл Семей',
    nameKk: 'Жасыл Семей',
    nameRu: 'Зелёный Семей',
    nameLatin: null,
    kind,
    legalForm: kind === 'NGO' ? 'PUBLIC_ASSOCIATION' : null,
    bin: kind === 'NGO' ? '180240000014' : null,
    qazvolunteerId: null,
    directions: ['TAZA_ALEM'],
    categories: ['CHILDREN'],
    modes: ['OFFLINE'],
    description: null,
    contactPeople: [{ __typename: 'ContactPerson', name: 'Айбек Нұрланов', role: 'жетекші', phones: ['+77011234567'], emails: [], socialLinks: [], personalDataHidden: null }],
    volunteerCount: 25,
    foundedOn: '2020-05-01',
    status: 'ACTIVE',
    createdAt: '2026-11-25T08:00:00.000Z',
    createdBy: STAFF_ID,
    updatedAt: '2026-11-25T08:00:00.000Z',
    updatedBy: null,
    version: 1,
    verificationStatus: checks.length ? 'VERIFIED' : 'UNVERIFIED',
    verification: {
      __typename: 'Verification',
      status: checks.length ? 'VERIFIED' : 'UNVERIFIED',
      verifiedAt: checks.length ? '2026-11-21T10:00:00.000Z' : null,
      reverificationDueAt: checks.length ? '2028-11-21T10:00:00.000Z' : null,
      checks,
      history: [],
    },
    contactsHidden: null as string | null,
    contacts: contactConnection(contacts) as ReturnType<typeof contactConnection> | null,
    possibleDuplicates: [],
    region: { __typename: 'Region', code: ABAI.code, name: ABAI.name },
    district: SEMEY,
    assistanceRequests,
    bookings: emptyConnection('BookingConnection'),
    trainings: emptyConnection('TrainingRegistrationConnection'),
  };
}

const pageMock = (data: unknown): Mocks[number] => ({ request: { query: OrganizationPageQuery, variables }, result: { data: { organization: data } } });
const shared: Mocks = [staffDirectoryMock(), regionOptionsMock()];

const requests = (nodes: (typeof request)[]) => ({
  __typename: 'AssistanceRequestConnection',
  totalCount: nodes.length,
  withheld: null,
  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: nodes.length ? 'c1' : null },
  edges: nodes.map((node) => ({ __typename: 'AssistanceRequestEdge', cursor: `c-${node.id}`, node })),
});

describe('OrganizationPage', () => {
  it('shows the organization and "unavailable" when its assistance requests could not be loaded', async () => {
    const mocks: Mocks = [
      {
        request: { query: OrganizationPageQuery, variables },
        result: {
          data: { organization: organization(null) },
          errors: [new GraphQLError('assistance is down', { path: ['organization', 'assistanceRequests'], extensions: { code: 'SERVICE_UNAVAILABLE' } })],
        },
      },
    ];
    renderWithProviders(<OrganizationPage id={ID} />, { mocks: [...mocks, ...shared] });
    expect((await screen.findByTestId('organization-name')).textContent).toBe('Жасыл Семей');
    expect(screen.getByText('Волонтерлік бастамашыл топ')).toBeTruthy();
    expect(screen.getAllByText('Абай облысы')).toBeTruthy();
    expect(screen.getByTestId('requests-unavailable').textContent).toBe('Қазір қолжетімсіз');
  });

  it('says so when there is no such organization', async () => {
    const mocks: Mocks = [{ request: { query: OrganizationPageQuery, variables }, result: { data: { organization: null } } }];
    renderWithProviders(<OrganizationPage id={ID} />, { mocks: [...mocks, ...shared], locale: 'en' });
    expect(await screen.findByText('No such organization.')).toBeTruthy();
  });

  it('offers only the sub-types of the chosen type', async () => {
    const mocks: Mocks = [{ request: { query: OrganizationPageQuery, variables }, result: { data: { organization: organization(requests([])) } } }];
    renderWithProviders(<OrganizationPage id={ID} />, { mocks: [...mocks, ...shared] });
    await screen.findByText('Әзірге сұраулар жоқ.');

    const subtype = screen.getByLabelText('Кіші түрі') as HTMLSelectElement;
    expect(subtype.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Көмек түрі'), { target: { value: 'CONSULTATIVE' } });
    expect(
      within(subtype)
        .getAllByRole('option')
        .map((option) => (option as HTMLOptionElement).value),
    ).toEqual(['', 'ORGANIZATION_REGISTRATION', 'GRANT_AND_REPORTING_DOCUMENTS']);
    fireEvent.change(subtype, { target: { value: 'GRANT_AND_REPORTING_DOCUMENTS' } });

    // Another type clears the sub-type, which belonged to the first one.
    fireEvent.change(screen.getByLabelText('Көмек түрі'), { target: { value: 'INFORMATIONAL' } });
    expect(subtype.value).toBe('');
    expect(within(subtype).getAllByRole('option')).toHaveLength(5);
  });

  it('submits a request, lists it, and shows per-field server errors', async () => {
    const input = { organizationId: ID, type: 'CONSULTATIVE', subtype: 'ORGANIZATION_REGISTRATION', description: request.description };
    const mocks: Mocks = [
      { request: { query: OrganizationPageQuery, variables }, result: { data: { organization: organization(requests([])) } } },
      {
        request: { query: SubmitAssistanceRequestMutation, variables: { input: { ...input, description: 'x' } } },
        result: {
          errors: [badUserInput({ field: 'description', code: 'TOO_SHORT', message: 'must be at least 10 characters' })],
        },
      },
      { request: { query: SubmitAssistanceRequestMutation, variables: { input } }, result: { data: { submitAssistanceRequest: request } } },
      { request: { query: OrganizationPageQuery, variables }, result: { data: { organization: organization(requests([request])) } } },
      unreadCountMock(1),
    ];
    renderWithProviders(<OrganizationPage id={ID} />, { mocks: [...mocks, ...shared] });
    await screen.findByText('Әзірге сұраулар жоқ.');

    fireEvent.change(screen.getByLabelText('Көмек түрі'), { target: { value: 'CONSULTATIVE' } });
    fireEvent.change(screen.getByLabelText('Кіші түрі'), { target: { value: 'ORGANIZATION_REGISTRATION' } });
    fireEvent.change(screen.getByLabelText('Сипаттама'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Жіберу' }));
    expect((await screen.findByTestId('field-error-description')).textContent).toBe('Тым қысқа');
    expect(screen.queryByTestId('field-error-type')).toBeNull();

    fireEvent.change(screen.getByLabelText('Сипаттама'), { target: { value: request.description } });
    fireEvent.click(screen.getByRole('button', { name: 'Жіберу' }));

    const list = await screen.findByTestId('request-list');
    expect(within(list).getByText('Тіркеуге көмек керек')).toBeTruthy();
    expect(within(list).getByText('Консультативтік көмек')).toBeTruthy();
    expect(within(list).getByText('Жаңа')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Сұрау жіберілді.');
    await waitFor(() => expect((screen.getByLabelText('Сипаттама') as HTMLTextAreaElement).value).toBe(''));
    expect(screen.queryByTestId('field-error-description')).toBeNull();
  });

  it('shows an ANALYST what is withheld and why, and no write actions', async () => {
    const hidden = 'PERSONAL_DATA_HIDDEN_FOR_ROLE';
    const base = organization(requests([{ ...request, description: null, personalDataHidden: hidden }]), {
      checks: [{ ...passedCheck, notes: null, personalDataHidden: hidden, evidence: null, evidenceHidden: hidden }],
    });
    const data = {
      ...base,
      contactPeople: [{ __typename: 'ContactPerson', name: null, role: 'жетекші', phones: null, emails: null, socialLinks: null, personalDataHidden: hidden }],
      contacts: null,
      contactsHidden: 'OTHER_REGION',
      bookings: emptyConnection('BookingConnection', 'OTHER_REGION'),
    };
    renderWithProviders(<OrganizationPage id={ID} />, { mocks: [pageMock(data), ...shared], viewer: ANALYST, locale: 'en' });
    const people = await screen.findByTestId('contact-people');
    expect(people.textContent).toBe('hidden: Personal data is hidden for your role · жетекші');
    expect(within(screen.getByTestId('request-list')).getByTestId('access-hidden').textContent).toBe('hidden: Personal data is hidden for your role');
    expect(screen.getByTestId('evidence-hidden').textContent).toBe('Evidence files: hidden: Personal data is hidden for your role');
    expect(screen.getAllByTestId('access-hidden').map((element) => element.getAttribute('data-reason'))).toEqual(expect.arrayContaining(['OTHER_REGION', hidden]));
    // The contact log and the bookings are withheld as a whole.
    expect(screen.getAllByText("hidden: Another region's record: only public data is shown")).toHaveLength(2);
    expect(screen.queryByTestId('contact-timeline')).toBeNull();
    // Read-only: no edit link, no request form, no contact form, no verification actions, no merge.
    expect(screen.queryByRole('link', { name: 'Edit' })).toBeNull();
    expect(screen.queryByLabelText('Description')).toBeNull();
    expect(screen.queryByRole('button', { name: /check/i })).toBeNull();
    expect(screen.queryByTestId('merge-panel')).toBeNull();
  });

  it('shows every profile field, the five verification methods and the contact log', async () => {
    renderWithProviders(<OrganizationPage id={ID} />, { mocks: [pageMock(organization(requests([]), { contacts: [contact], checks: [passedCheck], kind: 'NGO' })), ...shared] });
    const details = await screen.findByTestId('organization-details');
    expect(within(details).getByTestId('organization-bin').textContent).toBe('180240000014');
    expect(within(details).getByText('Қоғамдық бірлестік')).toBeTruthy();
    expect(within(details).getByText('Зелёный Семей')).toBeTruthy();
    expect(within(details).getByText('Балалар волонтерлігі (18 жасқа дейін)')).toBeTruthy();
    expect(within(details).getByText('01.05.2020')).toBeTruthy();
    // An administrator sees the people.
    expect(within(screen.getByTestId('contact-people')).getByText('+77011234567')).toBeTruthy();
    expect(screen.queryByTestId('access-hidden')).toBeNull();

    const checklist = screen.getByTestId('verification-checklist');
    expect(checklist.querySelectorAll(':scope > li')).toHaveLength(5);
    const letter = screen.getByTestId('method-RECOMMENDATION_LETTER');
    expect(within(letter).getAllByText('Расталды').length).toBeGreaterThan(0);
    expect(within(letter).getByText('hat.pdf')).toBeTruthy();
    expect(within(letter).getByRole('button', { name: 'Жүктеп алу' })).toBeTruthy();
    expect(within(screen.getByTestId('method-VISIT')).getByText('Тексерілмеген')).toBeTruthy();
    expect(screen.getByTestId('verification-status').textContent).toBe('Тексерілген');
    expect(screen.getByTestId('reverification-due').textContent).toMatch(/^Қайта тексеру мерзімі: 21\.11\.2028/);

    const timeline = screen.getByTestId('contact-timeline');
    expect(within(timeline).getByText('Кездесу')).toBeTruthy();
    expect(within(timeline).getByText(/20\.11\.2026/)).toBeTruthy();
    expect(within(timeline).getByText(/Айгүл Серікова/)).toBeTruthy();
  });

  it('refuses an evidence file that is too large before sending it, and records a check with a small one', async () => {
    const content = 'Хат мәтіні';
    const input = {
      organizationId: ID,
      method: 'VISIT',
      outcome: 'PASSED',
      notes: null,
      evidence: [{ fileName: 'visit.txt', mimeType: 'text/plain', contentBase64: Buffer.from(content).toString('base64') }],
    };
    const mocks: Mocks = [
      pageMock(organization(requests([]))),
      {
        request: { query: RecordVerificationCheckMutation, variables: { input } },
        result: { data: { recordVerificationCheck: { __typename: 'VerificationCheck', id: 'v2', method: 'VISIT', outcome: 'PASSED' } } },
      },
      pageMock(organization(requests([]), { checks: [{ ...passedCheck, id: 'v2', method: 'VISIT', evidence: [] }] })),
      ...shared,
    ];
    renderWithProviders(<OrganizationPage id={ID} />, { mocks });
    const visit = await screen.findByTestId('method-VISIT');
    fireEvent.click(within(visit).getByRole('button', { name: 'Тексеруді жазу' }));
    const form = screen.getByTestId('record-check-form');
    const fileInput = within(form).getByLabelText('Дәлел файлдары (міндетті емес)');

    const huge = new File([new Uint8Array(800 * 1024)], 'scan.pdf', { type: 'application/pdf' });
    fireEvent.change(fileInput, { target: { files: [huge] } });
    fireEvent.click(within(form).getByRole('button', { name: 'Тексеруді сақтау' }));
    expect((await within(form).findByTestId('field-error-evidence')).textContent).toBe('Файл тым үлкен');

    const exe = new File(['MZ'], 'tool.exe', { type: 'application/x-msdownload' });
    fireEvent.change(fileInput, { target: { files: [exe] } });
    fireEvent.click(within(form).getByRole('button', { name: 'Тексеруді сақтау' }));
    await waitFor(() => expect(within(form).getByTestId('field-error-evidence').textContent).toBe('Бұл файл түріне рұқсат жоқ (PDF, PNG, JPEG, DOCX, TXT)'));

    fireEvent.change(fileInput, { target: { files: [new File([content], 'visit.txt', { type: 'text/plain' })] } });
    fireEvent.click(within(form).getByRole('button', { name: 'Тексеруді сақтау' }));
    await waitFor(() => expect(screen.getByTestId('verification-status').textContent).toBe('Тексерілген'));
    expect(screen.queryByTestId('record-check-form')).toBeNull();
  });

  it('logs a contact in the organization district and shows it in the timeline', async () => {
    const today = new Date();
    const pad = (value: number) => String(value).padStart(2, '0');
    const occurredOn = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
    const input = { organizationId: ID, kind: 'CALL', occurredOn, districtCode: SEMEY?.code, notes: 'Тренинг туралы айтылды', toldAboutOffer: true };
    const logged = { ...contact, id: 'c2', kind: 'CALL', occurredOn, notes: input.notes };
    const mocks: Mocks = [
      pageMock(organization(requests([]))),
      { request: { query: LogContactMutation, variables: { input } }, result: { data: { logContact: { ...logged, district: { __typename: 'District', code: SEMEY?.code } } } } },
      pageMock(organization(requests([]), { contacts: [logged] })),
      ...shared,
    ];
    renderWithProviders(<OrganizationPage id={ID} />, { mocks });
    expect(await screen.findByText('Әзірге байланыс жазылмаған.')).toBeTruthy();
    const form = screen.getByTestId('log-contact-form');
    fireEvent.change(within(form).getByLabelText('Байланыс түрі'), { target: { value: 'CALL' } });
    fireEvent.change(within(form).getByLabelText('Не талқыланды (міндетті емес)'), { target: { value: input.notes } });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Өңірлік фронт-офистің мүмкіндіктері туралы айтылды' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Жазу' }));
    const timeline = await screen.findByTestId('contact-timeline');
    expect(within(timeline).getByText('Тренинг туралы айтылды')).toBeTruthy();
    expect(within(form).getByRole('status').textContent).toBe('Байланыс жазылды.');
  });
});
