/**
 * The demo periodic report for `npm start`: one quarterly form the republican office designed,
 * with the regions' reports in every state across the last quarters (accepted, submitted, returned
 * with a comment thread, a draft, and regions that never opened theirs, overdue), made through the
 * public API like the rest of the demo data. Figures are pre-filled from what analytics knows.
 */
import { kazakhstanDay } from '@birge/shared-reference';
import type { DemoCall } from './demo-needs';

const ASTANA = '710000000';
const ALMATY = '750000000';
const ABAI = '100000000';
const TURKISTAN = '610000000';

const t = (kk: string, ru: string, en: string) => ({ kk, ru, en });

/** The form: figures Birge pre-fills, then the region in words. */
export const DEMO_REPORT_FORM = {
  title: t('Фронт-офистің тоқсандық есебі', 'Квартальный отчёт фронт-офиса', "Front office's quarterly report"),
  description: t(
    'Өңірдегі волонтерлік қозғалыстың тоқсандағы жағдайы: сандар мен сөз.',
    'Положение волонтёрского движения региона за квартал: цифры и слова.',
    "The region's volunteer movement over the quarter, in figures and in words.",
  ),
  periodType: 'QUARTER',
  dueDays: 15,
  onTimeWindowDays: 3,
  sections: [
    {
      key: 'figures',
      title: t('Байланыс және қамту', 'Контакты и охват', 'Contacts and coverage'),
      fields: [
        {
          key: 'contacts',
          type: 'NUMBER',
          label: t('Тіркелген байланыстар', 'Зарегистрированные контакты', 'Contacts logged'),
          prefillSource: 'CONTACTS_LOGGED',
          integer: true,
          min: 0,
          required: true,
        },
        { key: 'districts', type: 'NUMBER', label: t('Қамтылған аудандар', 'Охваченные районы', 'Districts covered'), prefillSource: 'DISTRICTS_CONTACTED', integer: true, min: 0 },
        {
          key: 'new_organizations',
          type: 'NUMBER',
          label: t('Жаңа ұйымдар', 'Новые организации', 'New organizations'),
          prefillSource: 'ORGANIZATIONS_REGISTERED',
          integer: true,
          min: 0,
        },
        {
          key: 'requests',
          type: 'NUMBER',
          label: t('Келіп түскен өтінімдер', 'Поступившие заявки', 'Requests submitted'),
          prefillSource: 'REQUESTS_SUBMITTED',
          integer: true,
          min: 0,
        },
        {
          key: 'requests_resolved',
          type: 'NUMBER',
          label: t('Шешілген өтінімдер', 'Решённые заявки', 'Requests resolved'),
          prefillSource: 'REQUESTS_RESOLVED',
          integer: true,
          min: 0,
        },
        { key: 'trainings', type: 'NUMBER', label: t('Өткізілген оқытулар', 'Проведённые обучения', 'Trainings held'), prefillSource: 'TRAININGS_HELD', integer: true, min: 0 },
        {
          key: 'bookings',
          type: 'NUMBER',
          label: t('Үй-жай мен жабдық брондары', 'Бронирования помещений и оборудования', 'Bookings'),
          prefillSource: 'BOOKINGS',
          integer: true,
          min: 0,
        },
        {
          key: 'events',
          type: 'NUMBER',
          label: t('Өткізілген іс-шаралар', 'Проведённые мероприятия', 'Events held'),
          help: t('Кеңсе өзі өткізген немесе қатысқан іс-шаралар.', 'Мероприятия, проведённые офисом или с его участием.', 'Events the office held or took part in.'),
          integer: true,
          min: 0,
          max: 500,
          commentRule: 'WHEN_MISSING_OR_CHANGED',
        },
      ],
    },
    {
      key: 'movement',
      title: t('Қозғалыстың жағдайы', 'Положение движения', 'The movement'),
      fields: [
        {
          key: 'situation',
          type: 'TEXT',
          label: t('Тоқсанда өңірде не өзгерді?', 'Что изменилось в регионе за квартал?', 'What changed in the region this quarter?'),
          required: true,
          max: 4000,
        },
        {
          key: 'trend',
          type: 'CHOICE',
          label: t('Қозғалыстың белсенділігі', 'Активность движения', "The movement's activity"),
          required: true,
          choices: [
            { key: 'growing', label: t('Өсіп келеді', 'Растёт', 'Growing') },
            { key: 'stable', label: t('Тұрақты', 'Стабильна', 'Stable') },
            { key: 'declining', label: t('Төмендеп келеді', 'Снижается', 'Declining') },
          ],
        },
        {
          key: 'problems',
          type: 'MULTI_CHOICE',
          label: t('Негізгі мәселелер', 'Основные проблемы', 'Main problems'),
          choices: [
            { key: 'akimat', label: t('Әкімдікпен байланыс', 'Связь с акиматом', 'Relations with the akimat') },
            { key: 'premises', label: t('Жиналатын орын', 'Место для встреч', 'A place to meet') },
            { key: 'skills', label: t('Жоба және грант дағдылары', 'Проектные и грантовые навыки', 'Project and grant skills') },
            { key: 'funding', label: t('Қаржы', 'Финансирование', 'Funding') },
          ],
        },
        { key: 'needs', type: 'NEEDS', label: t('Тіркелген қажеттіліктер', 'Связанные потребности', 'Needs behind it'), max: 5 },
      ],
    },
  ],
};

type DemoState = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'ACCEPTED';

interface DemoReport {
  regionCode: string;
  /** Quarters before the current one (0: the current quarter). */
  quartersAgo: number;
  state: DemoState;
  situation: string;
  trend: 'growing' | 'stable' | 'declining';
  problems: string[];
  events: number;
  /** For RETURNED: the republican office's comment and the region's reply. */
  returnComment?: string;
  reply?: string;
}

export const DEMO_REPORTS: DemoReport[] = [
  {
    regionCode: ASTANA,
    quartersAgo: 2,
    state: 'ACCEPTED',
    situation: 'Есіл ауданында екі жаңа бастамашыл топ тіркелді; мектеп залдарын кешке беру туралы білім басқармасымен келісім жасалды.',
    trend: 'growing',
    problems: ['premises'],
    events: 9,
  },
  {
    regionCode: ALMATY,
    quartersAgo: 2,
    state: 'ACCEPTED',
    situation: 'Алмалы ауданында акцияларға рұқсат алу мерзімі ұзарды, бірақ қалалық басқармамен жұмыс тобы құрылды.',
    trend: 'stable',
    problems: ['akimat'],
    events: 6,
  },
  {
    regionCode: ASTANA,
    quartersAgo: 1,
    state: 'RETURNED',
    situation: 'Тоқсанда үш ауданда кездесу өтті, жастар ресурстық орталығымен бірлескен акция ұйымдастырылды.',
    trend: 'growing',
    problems: ['premises', 'funding'],
    events: 12,
    returnComment: 'Іс-шаралар саны байланыс журналынан көп: қай іс-шаралар журналға енбегенін түсіндіріңізші.',
    reply: 'Үш іс-шара серіктес ұйымдардың алаңында өтті, журналға келесі аптада енгіземіз.',
  },
  {
    regionCode: ALMATY,
    quartersAgo: 1,
    state: 'ACCEPTED',
    situation: 'Қалалық ішкі саясат басқармасы рұқсат беру мерзімін екі аптаға қысқартты; үш ұйым кейінге қалдырған акцияларын өткізді.',
    trend: 'growing',
    problems: ['akimat'],
    events: 8,
  },
  {
    regionCode: ABAI,
    quartersAgo: 1,
    state: 'SUBMITTED',
    situation: 'Семейде гранттық өтінім жазу бойынша оқытудан кейін үш ұйымның өтінімі қабылданды; ауылдық аудандарда белсенділік төмен.',
    trend: 'stable',
    problems: ['skills'],
    events: 4,
  },
  {
    regionCode: TURKISTAN,
    quartersAgo: 1,
    state: 'DRAFT',
    situation: 'Студенттік волонтерлер жатақханадан тыс жиналатын орын таппай жүр.',
    trend: 'declining',
    problems: ['premises'],
    events: 2,
  },
  {
    regionCode: ASTANA,
    quartersAgo: 0,
    state: 'DRAFT',
    situation: 'Тоқсан басында екі кездесу өтті; толық есеп тоқсан соңында.',
    trend: 'stable',
    problems: [],
    events: 2,
  },
];

const CREATE = 'mutation($input: CreateReportFormInput!) { createReportForm(input: $input) { id } }';
const OPEN = 'mutation($input: OpenReportInput!) { openReport(input: $input) { id version } }';
const SAVE = 'mutation($input: SaveReportDraftInput!) { saveReportDraft(input: $input) { id version } }';
const SUBMIT = 'mutation($input: SubmitReportInput!) { submitReport(input: $input) { id version } }';
const RETURN = 'mutation($input: ReturnReportInput!) { returnReport(input: $input) { id version } }';
const ACCEPT = 'mutation($input: AcceptReportInput!) { acceptReport(input: $input) { id version } }';
const COMMENT = 'mutation($input: PostReportCommentInput!) { postReportComment(input: $input) { id } }';
const FIRST_NEED = 'query($regionCode: ID) { needs(first: 1, filter: { regionCode: $regionCode }) { edges { node { id } } } }';

/** The quarter (2026-Q3) `quartersAgo` before today in Kazakhstan. */
export function demoQuarter(quartersAgo: number, now = new Date()): string {
  const today = kazakhstanDay(now);
  const index = Number(today.slice(0, 4)) * 4 + Math.floor((Number(today.slice(5, 7)) - 1) / 3) - quartersAgo;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

interface Versioned {
  id: string;
  version: number;
}

/**
 * Designs the demo form and fills its reports unless a form already exists. The region's side is
 * written by the staff member when their session is given and the report is theirs (Astana), by
 * the administrator otherwise (republican administrators may fill any region's report).
 */
export async function loadDemoReports(admin: DemoCall, staff: DemoCall | null, staffRegion = ASTANA): Promise<{ loaded: boolean; reports: number }> {
  const existing = await admin<{ reportForms: { totalCount: number } }>('{ reportForms(first: 1) { totalCount } }');
  if (existing.reportForms.totalCount > 0) {
    const reports = await admin<{ reports: { totalCount: number } }>('{ reports(first: 1) { totalCount } }');
    return { loaded: false, reports: reports.reports.totalCount };
  }
  const { createReportForm } = await admin<{ createReportForm: { id: string } }>(CREATE, { input: { ...DEMO_REPORT_FORM, firstPeriod: demoQuarter(3) } });
  for (const demo of DEMO_REPORTS) {
    const region = demo.regionCode === staffRegion && staff ? staff : admin;
    const needIds = (await admin<{ needs: { edges: { node: { id: string } }[] } }>(FIRST_NEED, { regionCode: demo.regionCode })).needs.edges.map((edge) => edge.node.id);
    let report = (await region<{ openReport: Versioned }>(OPEN, { input: { formId: createReportForm.id, regionCode: demo.regionCode, period: demoQuarter(demo.quartersAgo) } }))
      .openReport;
    const answers = [
      { fieldKey: 'situation', text: demo.situation },
      { fieldKey: 'trend', choices: [demo.trend] },
      { fieldKey: 'problems', choices: demo.problems },
      { fieldKey: 'events', number: demo.events, comment: 'Кеңсенің іс-шаралар кестесі бойынша.' },
      ...(needIds.length ? [{ fieldKey: 'needs', needIds }] : []),
    ];
    report = (await region<{ saveReportDraft: Versioned }>(SAVE, { input: { id: report.id, version: report.version, answers } })).saveReportDraft;
    if (demo.state === 'DRAFT') continue;
    report = (await region<{ submitReport: Versioned }>(SUBMIT, { input: { id: report.id, version: report.version } })).submitReport;
    if (demo.state === 'ACCEPTED') await admin(ACCEPT, { input: { id: report.id, version: report.version } });
    if (demo.state === 'RETURNED') {
      await admin(RETURN, { input: { id: report.id, version: report.version, comment: demo.returnComment } });
      if (demo.reply) await region(COMMENT, { input: { id: report.id, text: demo.reply, fieldKey: 'events' } });
    }
  }
  return { loaded: true, reports: DEMO_REPORTS.length };
}
