import { completeBin, Direction, OrganizationKind, VolunteerCategory, VolunteeringMode } from '@birge/shared-reference';
import { nameKeysOf } from '../../../../apps/registry/src/modules/organization/name-keys';
import type { GenerateContext, GeneratedOrganizations } from '../context';
import { DAY_MS, HOUR_MS } from '../context';
import { generatedId } from '../ids';
import { organizationNames, type OrganizationNames } from '../names';
import { mobilePhone, personName } from '../people';
import { HISTORY_DAYS } from '../plan';
import { streamOf, type SeededRandom } from '../random';

/** One generated organization with everything its registry row holds. */
export interface OrganizationRecord extends OrganizationNames {
  id: string;
  kind: OrganizationKind;
  regionIndex: number;
  regionCode: string;
  districtCode: string | null;
  directions: Direction[];
  categories: VolunteerCategory[];
  modes: VolunteeringMode[];
  bin: string | null;
  qazvolunteerId: string | null;
  description: string;
  contactPeople: { name: string; role: string | null; phones: string[]; emails: string[]; socialLinks: string[] }[];
  volunteerCount: number | null;
  foundedOn: string | null;
  status: 'ACTIVE' | 'DORMANT' | 'CLOSED';
  createdAt: Date;
  createdBy: string;
  searchKey: string;
  duplicateKey: string;
}

const DIRECTIONS = Object.values(Direction);
const CATEGORIES = Object.values(VolunteerCategory);
const MODES = Object.values(VolunteeringMode);

/** What organizations say they do, in Kazakh and Russian, by direction. */
const DESCRIPTIONS: Partial<Record<Direction, readonly string[]>> = {
  [Direction.AYALA]: ['Балалар үйлерінің тәрбиеленушілеріне тәлімгерлік, үйірмелер, жазғы лагерьлер', 'Помогаем детям из детских домов: наставничество, кружки, летние лагеря'],
  [Direction.ASYL_MURA]: ['Тарихи ескерткіштерді қалпына келтіруге және өлкетануға көмектесеміз', 'Ухаживаем за памятниками истории, проводим краеведческие экспедиции'],
  [Direction.BILIM]: ['Жастарға цифрлық және қаржылық сауаттылықты үйретеміз', 'Бесплатные занятия по цифровой и финансовой грамотности для молодёжи'],
  [Direction.QAMQOR]: [
    'Қарттар үйлеріне апта сайын көмек көрсетеміз, мерекелік концерттер ұйымдастырамыз',
    'Еженедельно помогаем одиноким пожилым людям: продукты, лекарства, общение',
  ],
  [Direction.SAGLYQ]: ['Донорлық акциялар мен салауатты өмір салты бойынша дәрістер', 'Донорские акции, лекции о здоровье, помощь в больницах'],
  [Direction.SABAQTASTYQ]: ['Ұрпақтар сабақтастығы: ардагерлер мен жастардың кездесулері', 'Встречи ветеранов и молодёжи, запись воспоминаний, наставничество'],
  [Direction.TAZA_ALEM]: ['Өзен жағалауын тазалау, ағаш отырғызу, қоқысты сұрыптауға үйрету', 'Субботники, посадка деревьев, раздельный сбор отходов во дворах'],
  [Direction.UMIT]: ['Мүмкіндігі шектеулі жандарға инклюзивті іс-шаралар', 'Инклюзивные мероприятия и сопровождение людей с инвалидностью'],
  [Direction.MEDIA]: ['Еріктілер туралы жаңалықтар, бейнероликтер, подкасттар', 'Медиаволонтёры: новости, видеоролики и подкасты о добрых делах'],
  [Direction.CULTURE_AND_ARTS]: ['Ауылдық клубтарда концерттер мен шеберханалар', 'Концерты, мастер-классы и выставки в сельских домах культуры'],
  [Direction.SPORT_AND_HEALTHY_LIFESTYLE]: ['Жүгіру клубы, аулалық спорт жарыстары', 'Беговой клуб, дворовые турниры, зарядка в парках'],
  [Direction.OTHER_SOCIAL]: ['Төтенше жағдайларда, су тасқыны кезінде көмек', 'Поиск пропавших людей, помощь при паводках и чрезвычайных ситуациях'],
};
const ROLES = ['төраға', 'директор', 'үйлестіруші', 'председатель', 'координатор', 'руководитель'];

function shuffledFew<T>(random: SeededRandom, items: readonly T[], min: number, max: number): T[] {
  return random.some(items, random.between(min, max));
}

/** A BIN per NGO: registration year and month, legal entity (4), head office (0), a serial; unique by construction. */
function binFor(serial: { n: number }): string {
  for (;;) {
    const n = serial.n++;
    const yymm = `${String(10 + (n % 15)).padStart(2, '0')}${String(1 + (Math.floor(n / 15) % 12)).padStart(2, '0')}`;
    const bin = completeBin(`${yymm}40${String(50_000 + Math.floor(n / 180)).padStart(5, '0')}`);
    if (bin) return bin;
  }
}

/**
 * The organizations of the data set, in memory (about 100 MB at scale 10 while they are written):
 * kind, place by population, names, profile, contact people and valid, unique BINs, registered
 * over the last three years by the region's staff.
 */
export function buildOrganizations(ctx: GenerateContext, staffByRegion: string[][]): OrganizationRecord[] {
  const random = streamOf(ctx.seed, 'organizations');
  const records: OrganizationRecord[] = [];
  const binSerial = { n: 0 };
  const end = ctx.asOf.getTime();
  for (let i = 0; i < ctx.plan.organizations; i++) {
    const place = ctx.places.draw(random);
    const roll = random.next();
    const kind = roll < 0.45 ? OrganizationKind.NGO : roll < 0.85 ? OrganizationKind.INITIATIVE_GROUP : OrganizationKind.INDEPENDENT_VOLUNTEER;
    const names = organizationNames(random, kind, place.regionCode);
    const directions = shuffledFew(random, DIRECTIONS, 1, 3);
    const day = random.int(HISTORY_DAYS);
    const createdAt = new Date(end - (day + 1) * DAY_MS + random.between(3, 12) * HOUR_MS + random.int(HOUR_MS));
    const keys = nameKeysOf([names.name, names.nameKk, names.nameRu, null]);
    const person = personName(random);
    records.push({
      ...names,
      id: generatedId('organization', i + 1),
      kind,
      regionIndex: place.regionIndex,
      regionCode: place.regionCode,
      districtCode: place.districtCode,
      directions,
      categories: shuffledFew(random, CATEGORIES, 0, 2),
      modes: shuffledFew(random, MODES, 1, 2),
      bin: kind === OrganizationKind.NGO && random.chance(0.7) ? binFor(binSerial) : null,
      qazvolunteerId: random.chance(0.3) ? `QV-${ctx.seed}-${i + 1}` : null,
      description: random.pick(DESCRIPTIONS[directions[0]] ?? DESCRIPTIONS[Direction.OTHER_SOCIAL] ?? ['']),
      contactPeople:
        kind === OrganizationKind.INDEPENDENT_VOLUNTEER
          ? [{ name: names.name, role: null, phones: [mobilePhone(random)], emails: [], socialLinks: [] }]
          : [{ name: person, role: random.pick(ROLES), phones: [mobilePhone(random)], emails: random.chance(0.5) ? [`info${i + 1}@example.kz`] : [], socialLinks: [] }],
      volunteerCount: kind === OrganizationKind.INDEPENDENT_VOLUNTEER ? 1 : random.between(3, 250),
      foundedOn:
        kind === OrganizationKind.NGO ? `${random.between(1995, 2025)}-${String(random.between(1, 12)).padStart(2, '0')}-${String(random.between(1, 28)).padStart(2, '0')}` : null,
      status: random.chance(0.9) ? 'ACTIVE' : random.chance(0.7) ? 'DORMANT' : 'CLOSED',
      createdAt,
      createdBy: random.pick(staffByRegion[place.regionIndex]),
      searchKey: keys.searchKey,
      duplicateKey: keys.duplicateKey,
    });
  }
  return records;
}

/** The column-wise summary later writers use. */
export function summarize(records: readonly OrganizationRecord[], regionCount: number): GeneratedOrganizations {
  const byRegion: number[][] = Array.from({ length: regionCount }, () => []);
  records.forEach((r, i) => byRegion[r.regionIndex].push(i));
  return {
    ids: records.map((r) => r.id),
    regionIndex: Uint8Array.from(records.map((r) => r.regionIndex)),
    districtCodes: records.map((r) => r.districtCode),
    kinds: records.map((r) => r.kind),
    createdAt: Float64Array.from(records.map((r) => r.createdAt.getTime())),
    byRegion,
  };
}
