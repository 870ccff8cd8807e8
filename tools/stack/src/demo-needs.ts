/**
 * Demo entries of the needs and problems register for `npm start`, recorded through the public
 * API like the rest of the demo data, in several regions and in every status, with comments.
 */
import { addCalendarDays, kazakhstanDay } from '@birge/shared-reference';

/** A GraphQL call through the gateway as the demo administrator. */
export type DemoCall = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

interface DemoNeed {
  regionCode: string;
  districtCode: string | null;
  theme: string;
  kind: 'MOVEMENT' | 'FRONT_OFFICE';
  narrative: string;
  /** Days before today it was first noticed. */
  noticedDaysAgo: number;
  /** The moves after recording, each with why. */
  moves: { status: string; comment: string }[];
  comments: string[];
  /** Point to up to two of the region's demo organizations as evidence. */
  citeOrganizations?: boolean;
}

export const DEMO_NEEDS: DemoNeed[] = [
  {
    regionCode: '710000000',
    districtCode: '711210000',
    theme: 'NO_PLACE_TO_MEET',
    kind: 'MOVEMENT',
    narrative: 'Есіл ауданындағы екі бастамашыл топ апта сайын кафеде жиналады: тегін зал жоқ. Мектептер кешкі уақытта зал бермейді, ал жалға алу топтарға қымбат.',
    noticedDaysAgo: 75,
    moves: [
      { status: 'ESCALATED', comment: 'Аудан әкімдігімен келісе алмадық; республикалық кеңсенің қолдауы керек.' },
      { status: 'BEING_ADDRESSED', comment: 'Білім басқармасымен мектеп залдарын кешке беру туралы хат дайындалып жатыр.' },
    ],
    comments: ['Қамқор орталығы өз залын аптасына бір рет беруге дайын.', 'Келесі аптада басқармамен кездесу белгіленді.'],
    citeOrganizations: true,
  },
  {
    regionCode: '710000000',
    districtCode: null,
    theme: 'FUNDING',
    kind: 'FRONT_OFFICE',
    narrative: 'Фронт-офистің іс-шараларға арналған шағын бюджеті жоқ: баннер, су, көлік шығындарын қызметкерлер өздері төлейді.',
    noticedDaysAgo: 40,
    moves: [],
    comments: ['Қаңтардағы есепте осы мәселені қайта көтереміз.'],
  },
  {
    regionCode: '750000000',
    districtCode: '751110000',
    theme: 'LOCAL_EXECUTIVE_RELATIONS',
    kind: 'MOVEMENT',
    narrative: 'Алмалы ауданында акцияларға рұқсат алу мерзімі ұзарды: өтінімдерге жауап үш аптаға дейін созылады, ұйымдар акцияларды кейінге қалдырып жатыр.',
    noticedDaysAgo: 60,
    moves: [{ status: 'ESCALATED', comment: 'Үш ұйымның акциясы кешіктірілді; мәселе қалалық деңгейде шешілуі керек.' }],
    comments: ['Республикалық кеңсе: қалалық ішкі саясат басқармасына сұрау жібереміз.'],
    citeOrganizations: true,
  },
  {
    regionCode: '100000000',
    districtCode: '101000000',
    theme: 'PROJECT_AND_GRANT_SKILLS',
    kind: 'MOVEMENT',
    narrative: 'Семейдегі жас ҮЕҰ-лар мемлекеттік әлеуметтік тапсырысқа өтінімді дұрыс толтыра алмайды: биыл бесеудің төртеуі құжат қатесі үшін қайтарылды.',
    noticedDaysAgo: 120,
    moves: [
      { status: 'BEING_ADDRESSED', comment: 'Гранттық өтінім жазу бойынша екі күндік оқыту ұйымдастырдық.' },
      { status: 'RESOLVED', comment: 'Оқытудан кейін үш ұйымның өтінімі қабылданды.' },
    ],
    comments: ['Оқытуға 14 ұйымнан 22 адам қатысты.'],
    citeOrganizations: true,
  },
  {
    regionCode: '790000000',
    districtCode: null,
    theme: 'POPULATION_WARY',
    kind: 'MOVEMENT',
    narrative: 'Шағын аудандарда тұрғындар волонтерлерді алаяқтармен шатастырады: есік қағып көмек ұсынғанда сенбейді.',
    noticedDaysAgo: 20,
    moves: [],
    comments: [],
  },
  {
    regionCode: '350000000',
    districtCode: '351000000',
    theme: 'OTHER',
    kind: 'FRONT_OFFICE',
    narrative: 'Кеңсенің интернеті жиі үзіледі, онлайн кездесулер өтпей қалады.',
    noticedDaysAgo: 200,
    moves: [{ status: 'NO_LONGER_RELEVANT', comment: 'Кеңсе жаңа ғимаратқа көшті, байланыс қалпына келді.' }],
    comments: [],
  },
  {
    regionCode: '610000000',
    districtCode: '611000000',
    theme: 'NO_PLACE_TO_MEET',
    kind: 'MOVEMENT',
    narrative: 'Түркістандағы студенттік волонтерлер жатақханадан тыс жиналатын орын таба алмайды; жастар ресурстық орталығы жөндеуде.',
    noticedDaysAgo: 30,
    moves: [{ status: 'ESCALATED', comment: 'Жөндеу мерзімі белгісіз; облыстық жастар саясаты басқармасының шешімі керек.' }],
    comments: ['Жөндеу наурызға дейін созылады деп хабарлады.'],
  },
];

const RECORD = 'mutation($input: RecordNeedInput!) { recordNeed(input: $input) { id version } }';
const MOVE = 'mutation($input: ChangeNeedStatusInput!) { changeNeedStatus(input: $input) { id version } }';
const COMMENT = 'mutation($input: CommentOnNeedInput!) { commentOnNeed(input: $input) { id } }';
const ORGANIZATIONS = 'query($regionCode: ID) { organizations(first: 2, filter: { regionCode: $regionCode }) { edges { node { id } } } }';

function daysAgo(days: number): string {
  // Kazakhstan's calendar day, as the register reads "today".
  return addCalendarDays(kazakhstanDay(new Date()), -days);
}

/** Records the demo needs unless the register already has entries. */
export async function loadDemoNeeds(call: DemoCall): Promise<{ loaded: boolean; needs: number }> {
  const existing = await call<{ needs: { totalCount: number } }>('{ needs(first: 1) { totalCount } }');
  if (existing.needs.totalCount > 0) return { loaded: false, needs: existing.needs.totalCount };
  for (const need of DEMO_NEEDS) {
    const organizationIds = need.citeOrganizations
      ? (await call<{ organizations: { edges: { node: { id: string } }[] } }>(ORGANIZATIONS, { regionCode: need.regionCode })).organizations.edges.map((edge) => edge.node.id)
      : [];
    let entry = (
      await call<{ recordNeed: { id: string; version: number } }>(RECORD, {
        input: {
          regionCode: need.regionCode,
          districtCode: need.districtCode,
          theme: need.theme,
          kind: need.kind,
          narrative: need.narrative,
          firstNoticedOn: daysAgo(need.noticedDaysAgo),
          ...(organizationIds.length ? { evidence: { organizationIds } } : {}),
        },
      })
    ).recordNeed;
    for (const move of need.moves) {
      entry = (await call<{ changeNeedStatus: { id: string; version: number } }>(MOVE, { input: { id: entry.id, version: entry.version, ...move } })).changeNeedStatus;
    }
    for (const text of need.comments) await call(COMMENT, { input: { id: entry.id, text } });
  }
  return { loaded: true, needs: DEMO_NEEDS.length };
}
