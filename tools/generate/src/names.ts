import { LegalForm, OrganizationKind } from '@birge/shared-reference';
import type { SeededRandom } from './random';
import { REGION_CENTRES } from './places';
import { personName } from './people';

/**
 * Names of volunteer organizations as people give them in Kazakhstan: a quoted name in Kazakh or
 * Russian with the legal form around it («Жастар жолы» қоғамдық бірлестігі, ОФ «Добрые сердца»),
 * initiative groups (Инициативная группа «Чистый двор»), and independent volunteers under their
 * own name. Each name has its Kazakh and Russian form.
 */

/** Quoted names: [Kazakh, Russian]. */
const NAMES: readonly (readonly [string, string])[] = [
  ['Мейірім', 'Милосердие'],
  ['Жастар жолы', 'Путь молодёжи'],
  ['Ақ ниет', 'Добрая воля'],
  ['Үміт', 'Надежда'],
  ['Жарық', 'Свет'],
  ['Бірлік', 'Единство'],
  ['Қамқорлық', 'Забота'],
  ['Жасыл ел', 'Зелёная страна'],
  ['Игі жүрек', 'Добрые сердца'],
  ['Шапағат', 'Благодать'],
  ['Ізгілік', 'Добродетель'],
  ['Сенім', 'Доверие'],
  ['Болашақ', 'Будущее'],
  ['Жанашыр', 'Сострадание'],
  ['Көмек қолы', 'Рука помощи'],
  ['Таза әлем', 'Чистый мир'],
  ['Өркен', 'Росток'],
  ['Ынтымақ', 'Согласие'],
  ['Қайырым', 'Милость'],
  ['Нұр', 'Луч'],
  ['Арман', 'Мечта'],
  ['Шуақ', 'Тепло'],
  ['Дала қыраны', 'Степной орёл'],
  ['Көктем', 'Весна'],
  ['Мәңгілік ел', 'Вечная страна'],
  ['Жасампаз', 'Созидатель'],
  ['Тұмар', 'Оберег'],
  ['Алтын жүрек', 'Золотое сердце'],
  ['Ақжол', 'Светлый путь'],
  ['Саулық', 'Здоровье'],
  ['Білім нұры', 'Свет знаний'],
  ['Мерей', 'Радость'],
  ['Бақыт', 'Счастье'],
  ['Достық', 'Дружба'],
  ['Отбасы', 'Семья'],
  ['Ана мен бала', 'Мать и дитя'],
  ['Қарттарға қамқор', 'Забота о старших'],
  ['Жануарлар досы', 'Друг животных'],
  ['Таза аула', 'Чистый двор'],
  ['Жақсылық жаршысы', 'Вестник добра'],
  ['Бауырмал', 'Отзывчивость'],
  ['Жеңіс ұрпағы', 'Поколение победы'],
  ['Қызыл жолақ', 'Красная лента'],
  ['Жол көрсетуші', 'Проводник'],
  ['Өмір тынысы', 'Дыхание жизни'],
  ['Ерік', 'Воля'],
  ['Жаңа буын', 'Новое поколение'],
  ['Көкжиек', 'Горизонт'],
  ['Ақ көгершін', 'Белый голубь'],
  ['Тірек', 'Опора'],
];

/** Place-based names: [Kazakh, Russian], `{kk}` / `{ru}` the regional centre. */
const PLACE_NAMES: readonly (readonly [string, string])[] = [
  ['{kk} еріктілері', 'Волонтёры {ru}'],
  ['{kk} жастары', 'Молодёжь {ru}'],
  ['Жасыл {kk}', 'Зелёный {ru}'],
  ['Таза {kk}', 'Чистый {ru}'],
  ['Мейірімді {kk}', 'Добрый {ru}'],
];

/** Around a quoted name: Kazakh form after it, Russian (abbreviated or full) before it. */
const NGO_FORMS: Readonly<Record<LegalForm, readonly (readonly [string, string])[]>> = {
  [LegalForm.PUBLIC_ASSOCIATION]: [
    ['қоғамдық бірлестігі', 'ОО'],
    ['қоғамдық бірлестігі', 'Общественное объединение'],
  ],
  [LegalForm.PUBLIC_FOUNDATION]: [
    ['қоғамдық қоры', 'ОФ'],
    ['қоғамдық қоры', 'Общественный фонд'],
    ['қайырымдылық қоры', 'Благотворительный фонд'],
  ],
  [LegalForm.ASSOCIATION_OF_LEGAL_ENTITIES]: [
    ['заңды тұлғалар бірлестігі', 'ОЮЛ'],
    ['қауымдастығы', 'Ассоциация'],
  ],
  [LegalForm.OTHER]: [
    ['волонтерлік орталығы', 'Волонтёрский центр'],
    ['еріктілер клубы', 'Клуб волонтёров'],
  ],
};
const GROUP_FORMS: readonly (readonly [string, string])[] = [
  ['бастамашыл тобы', 'Инициативная группа'],
  ['ерікті тобы', 'Волонтёрская группа'],
  ['жастар қозғалысы', 'Молодёжное движение'],
];
const LEGAL_FORMS = [
  LegalForm.PUBLIC_ASSOCIATION,
  LegalForm.PUBLIC_ASSOCIATION,
  LegalForm.PUBLIC_FOUNDATION,
  LegalForm.PUBLIC_FOUNDATION,
  LegalForm.ASSOCIATION_OF_LEGAL_ENTITIES,
  LegalForm.OTHER,
];

export interface OrganizationNames {
  /** The name shown: the Kazakh or the Russian one, as the organization uses. */
  name: string;
  nameKk: string;
  nameRu: string;
  legalForm: LegalForm | null;
}

function quoted(random: SeededRandom, regionCode: string): [string, string] {
  if (random.chance(0.2)) {
    const [kk, ru] = random.pick(PLACE_NAMES);
    const [centreKk, centreRu] = REGION_CENTRES[regionCode] ?? ['Қазақстан', 'Казахстана'];
    return [kk.replace('{kk}', centreKk), ru.replace('{ru}', centreRu)];
  }
  const [kk, ru] = random.pick(NAMES);
  return [kk, ru];
}

export function organizationNames(random: SeededRandom, kind: OrganizationKind, regionCode: string): OrganizationNames {
  const russianFirst = random.chance(0.4);
  if (kind === OrganizationKind.INDEPENDENT_VOLUNTEER) {
    const person = personName(random);
    return { name: person, nameKk: person, nameRu: person, legalForm: null };
  }
  const [kk, ru] = quoted(random, regionCode);
  if (kind === OrganizationKind.INITIATIVE_GROUP) {
    const [kkForm, ruForm] = random.pick(GROUP_FORMS);
    const nameKk = `«${kk}» ${kkForm}`;
    const nameRu = `${ruForm} «${ru}»`;
    return { name: russianFirst ? nameRu : nameKk, nameKk, nameRu, legalForm: null };
  }
  const legalForm = random.pick(LEGAL_FORMS);
  const [kkForm, ruForm] = random.pick(NGO_FORMS[legalForm]);
  const nameKk = `«${kk}» ${kkForm}`;
  const nameRu = `${ruForm} «${ru}»`;
  return { name: russianFirst ? nameRu : nameKk, nameKk, nameRu, legalForm };
}
