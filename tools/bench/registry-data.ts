/**
 * Deterministic, realistic registry rows for the benchmarks: Kazakh and Russian names and
 * descriptions, valid unique BINs, KATO places, contact people. One CSV file (the import's format).
 */
import { completeBin, Direction, REGIONS, VolunteerCategory, VolunteeringMode } from '@birge/shared-reference';

const KK_WORDS = [
  'Мейірім',
  'Жарық',
  'Қамқор',
  'Үміт',
  'Бірлік',
  'Сенім',
  'Шапағат',
  'Жасыл',
  'Әлем',
  'Ақниет',
  'Ізгілік',
  'Жұлдыз',
  'Өркен',
  'Ынтымақ',
  'Қайырым',
  'Дала',
  'Нұр',
  'Арман',
  'Шуақ',
  'Көмек',
];
const KK_TAILS = ['жастары', 'еріктілері', 'қоры', 'тобы', 'орталығы', 'клубы', 'қозғалысы', 'одағы'];
const RU_TAILS = ['молодёжи', 'волонтёров', 'фонд', 'группа', 'центр', 'клуб', 'движение', 'союз'];
const PEOPLE = ['Айгүл Серікқызы', 'Ерлан Бекұлы', 'Дәурен Оспанов', 'Гүлнара Әлиева', 'Нұрлан Жұмабаев', 'Анна Петрова', 'Сәуле Төлеуова', 'Асхат Қайратұлы'];
const DESCRIPTIONS = [
  'Қарттар үйлеріне апта сайын көмек көрсетеміз, мерекелік концерттер ұйымдастырамыз',
  'Помогаем детям из детских домов: наставничество, кружки, летние лагеря',
  'Өзен жағалауын тазалау, ағаш отырғызу, қоқысты сұрыптауға үйрету',
  'Поиск пропавших людей, обучение безопасности, помощь при паводках',
  'Жастарға цифрлық және қаржылық сауаттылықты үйретеміз, "Жақсылық жаршысы" жобасы',
];

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length];
}

function cell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Deterministic, varied rows; every 3rd an NGO with a BIN, every 2nd with a Qazvolunteer.kz ID. */
export function generateCsv(rows: number): string {
  const places = REGIONS.flatMap((region) => region.districts.map((district) => ({ region: region.code, district: district.code })));
  const directions = Object.values(Direction);
  const categories = Object.values(VolunteerCategory);
  const modes = Object.values(VolunteeringMode);
  const lines = [
    'name,name_kk,name_ru,kind,legal_form,bin,qazvolunteer_id,region_code,district_code,directions,categories,modes,description,volunteer_count,founded_on,contact_name,contact_phones,contact_emails',
  ];
  let serial = 0;
  for (let i = 0; i < rows; i++) {
    const place = pick(places, i * 7);
    const word = pick(KK_WORDS, i);
    const tail = pick(KK_TAILS, Math.floor(i / KK_WORDS.length));
    const kind = i % 3 === 0 ? 'NGO' : i % 3 === 1 ? 'INITIATIVE_GROUP' : 'INDEPENDENT_VOLUNTEER';
    let bin: string | null = null;
    if (kind === 'NGO') {
      // year (15) x month (12) x serial number: a different BIN for every value of `serial`.
      const binOf = (n: number) => completeBin(`${10 + (n % 15)}${String(1 + (Math.floor(n / 15) % 12)).padStart(2, '0')}40${String(Math.floor(n / 180)).padStart(5, '0')}`);
      while (!(bin = binOf(serial))) serial++;
      serial++;
    }
    const name = `${word} ${tail} №${i + 1}`;
    lines.push(
      [
        name,
        name,
        `${word} — ${pick(RU_TAILS, Math.floor(i / KK_WORDS.length))} №${i + 1}`,
        kind,
        kind === 'NGO' ? pick(['PUBLIC_FOUNDATION', 'PUBLIC_ASSOCIATION', 'ASSOCIATION_OF_LEGAL_ENTITIES'], i) : null,
        bin,
        i % 2 === 0 ? `QV-${100000 + i}` : null,
        place.region,
        i % 5 === 0 ? null : place.district,
        `${pick(directions, i)};${pick(directions, i + 5)}`,
        pick(categories, i),
        `${pick(modes, i)}${i % 4 === 0 ? `;${pick(modes, i + 1)}` : ''}`,
        pick(DESCRIPTIONS, i),
        5 + (i % 200),
        `20${String(10 + (i % 15))}-0${1 + (i % 9)}-1${i % 10}`,
        kind === 'INDEPENDENT_VOLUNTEER' ? pick(PEOPLE, i) : pick(PEOPLE, i + 3),
        `+7 70${i % 10} ${String(1000000 + i).slice(1, 4)} ${String(i % 100).padStart(2, '0')} ${String((i * 7) % 100).padStart(2, '0')}`,
        i % 4 === 0 ? `team${i}@example.kz` : null,
      ]
        .map(cell)
        .join(','),
    );
  }
  return lines.join('\n') + '\n';
}
