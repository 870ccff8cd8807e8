/**
 * Demo guides and templates for `npm start`, through the public API: registering an NGO, a grant
 * application, a project report and a media release, in Kazakh and Russian, as small text files
 * made here; the charter template has a second version. One guide is attached to a consultative
 * request of the demo data, and one linked to the scheduled announcement. Loaded once: skipped
 * when a guide exists.
 */
import type { DemoCall } from './demo-needs';

const ASTANA = '710000000';
const CREATE = `mutation DemoGuide($input: CreateGuideInput!) { createGuide(input: $input) { id version } }`;
const ADD_VERSION = `mutation DemoGuideVersion($input: AddGuideVersionInput!) { addGuideVersion(input: $input) { id } }`;
const ATTACH = `mutation DemoGuideAttach($input: RequestGuideInput!) { attachGuideToRequest(input: $input) { id } }`;
const LINK = `mutation DemoAnnouncementGuides($id: ID!, $version: Int!, $guideIds: [ID!]!) { setAnnouncementGuides(id: $id, version: $version, guideIds: $guideIds) { id } }`;

const text = (fileName: string, lines: string[], note?: string) => ({
  fileName,
  mimeType: 'text/plain',
  contentBase64: Buffer.from(`${lines.join('\n')}\n`, 'utf8').toString('base64'),
  ...(note ? { note } : {}),
});

export const DEMO_GUIDES = [
  {
    title: 'Қоғамдық бірлестіктің жарғысы: үлгі',
    language: 'KK',
    description: 'Волонтерлік қоғамдық бірлестікті әділет органдарында тіркеуге арналған жарғы үлгісі.',
    subtypes: ['ORGANIZATION_REGISTRATION'],
    file: text('zhargy-ulgisi.txt', ['ҚОҒАМДЫҚ БІРЛЕСТІКТІҢ ЖАРҒЫСЫ', '1. Жалпы ережелер', '2. Бірлестіктің мақсаты мен міндеттері', '3. Мүшелік', '4. Басқару органдары']),
  },
  {
    title: 'Регистрация НКО: пошаговая инструкция',
    language: 'RU',
    description: 'Какие документы подать, куда обратиться и сколько ждать: общественное объединение и общественный фонд.',
    subtypes: ['ORGANIZATION_REGISTRATION'],
    file: text('registraciya-nko.txt', [
      'РЕГИСТРАЦИЯ НКО',
      'Шаг 1. Учредительное собрание и протокол',
      'Шаг 2. Устав',
      'Шаг 3. Заявление через egov.kz',
      'Шаг 4. Справка о регистрации',
    ]),
  },
  {
    title: 'Гранттық өтінім үлгісі',
    language: 'KK',
    description: 'Мемлекеттік әлеуметтік тапсырыс пен гранттарға өтінім: мақсат, нысаналы топ, бюджет, күтілетін нәтиже.',
    subtypes: ['GRANT_AND_REPORTING_DOCUMENTS', 'GRANTS_AND_PROGRAMMES'],
    file: text('grant-otinim.txt', ['ГРАНТТЫҚ ӨТІНІМ', 'Жобаның атауы:', 'Мақсаты мен міндеттері:', 'Нысаналы топ:', 'Бюджет:', 'Күтілетін нәтиже:']),
  },
  {
    title: 'Отчёт о реализации социального проекта: шаблон',
    language: 'RU',
    description: 'Содержательный и финансовый отчёт по гранту: мероприятия, охват, расходы, фотоотчёт.',
    subtypes: ['GRANT_AND_REPORTING_DOCUMENTS'],
    directions: ['QAMQOR', 'OTHER_SOCIAL'],
    file: text('otchet-proekt.txt', ['ОТЧЁТ О РЕАЛИЗАЦИИ ПРОЕКТА', '1. Проведённые мероприятия', '2. Охват благополучателей', '3. Расходы по статьям бюджета']),
  },
  {
    title: 'Астана: БАҚ-қа пресс-релиз үлгісі',
    language: 'KK',
    description: 'Астана фронт-офисінің серіктес БАҚ тізімімен пресс-релиз үлгісі.',
    subtypes: ['MEDIA_PUBLICITY', 'MEDIA_INTEREST'],
    directions: ['MEDIA'],
    ownerRegionCode: ASTANA,
    file: text('press-reliz.txt', ['ПРЕСС-РЕЛИЗ', 'Не болды:', 'Қашан және қайда:', 'Байланыс үшін:']),
  },
];

/** The second version of the charter template: what the demo shows under "all versions". */
const CHARTER_V2 = text(
  'zhargy-ulgisi-2026.txt',
  ['ҚОҒАМДЫҚ БІРЛЕСТІКТІҢ ЖАРҒЫСЫ (2026 жылғы редакция)', '1. Жалпы ережелер', '2. Мақсаты мен міндеттері', '3. Мүшелік', '4. Басқару органдары', '5. Есеп беру'],
  'Есеп беру бөлімі қосылды',
);

export async function loadDemoGuides(call: DemoCall): Promise<{ loaded: boolean; guides: number }> {
  const existing = await call<{ guides: { totalCount: number } }>('query DemoGuidesCheck { guides(first: 1) { totalCount } }');
  if (existing.guides.totalCount > 0) return { loaded: false, guides: existing.guides.totalCount };
  const created: { id: string; version: number }[] = [];
  for (const input of DEMO_GUIDES) created.push((await call<{ createGuide: { id: string; version: number } }>(CREATE, { input })).createGuide);
  const [charter, registration] = created;
  await call(ADD_VERSION, { input: { guideId: charter.id, version: charter.version, file: CHARTER_V2 } });

  // A consultative request of the demo data gets the registration guide; one more stays suggested.
  const requests = await call<{ assistanceRequests: { edges: { node: { id: string } }[] } }>(
    'query DemoGuideRequests { assistanceRequests(first: 1, filter: { subtype: ORGANIZATION_REGISTRATION }) { edges { node { id } } } }',
  );
  const request = requests.assistanceRequests.edges[0]?.node;
  if (request) await call(ATTACH, { input: { requestId: request.id, guideId: registration.id } });

  const announcements = await call<{ announcements: { edges: { node: { id: string; version: number } }[] } }>(
    'query DemoGuideAnnouncements { announcements(first: 5, status: SCHEDULED) { edges { node { id version } } } }',
  );
  const scheduled = announcements.announcements.edges[0]?.node;
  if (scheduled) await call(LINK, { id: scheduled.id, version: scheduled.version, guideIds: [registration.id, charter.id] });
  return { loaded: true, guides: created.length };
}
