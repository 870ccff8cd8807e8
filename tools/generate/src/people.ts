import type { SeededRandom } from './random';

/** Kazakh and Russian first names and surnames, each [male, female] where they differ. */
const KAZAKH_MEN = ['Ерлан', 'Нұрлан', 'Асхат', 'Дәурен', 'Бауыржан', 'Ержан', 'Айдос', 'Мирас', 'Талғат', 'Серік', 'Арман', 'Әлихан', 'Данияр', 'Қайрат', 'Жандос', 'Олжас'];
const KAZAKH_WOMEN = [
  'Айгүл',
  'Гүлнара',
  'Сәуле',
  'Жанар',
  'Дина',
  'Әсел',
  'Мөлдір',
  'Ақмарал',
  'Динара',
  'Назерке',
  'Аружан',
  'Салтанат',
  'Ботагөз',
  'Гүлмира',
  'Индира',
  'Жібек',
];
const KAZAKH_SURNAMES: readonly (readonly [string, string])[] = [
  ['Оспанов', 'Оспанова'],
  ['Жұмабаев', 'Жұмабаева'],
  ['Сейітов', 'Сейітова'],
  ['Әлиев', 'Әлиева'],
  ['Төлеуов', 'Төлеуова'],
  ['Серікбаев', 'Серікбаева'],
  ['Нұрмағамбетов', 'Нұрмағамбетова'],
  ['Қасымов', 'Қасымова'],
  ['Ахметов', 'Ахметова'],
  ['Бекмұханов', 'Бекмұханова'],
  ['Есенов', 'Есенова'],
  ['Сәрсенбаев', 'Сәрсенбаева'],
  ['Ибраев', 'Ибраева'],
  ['Мұратов', 'Мұратова'],
];
const RUSSIAN_MEN = ['Андрей', 'Сергей', 'Дмитрий', 'Алексей', 'Игорь', 'Виктор', 'Максим', 'Павел', 'Николай', 'Евгений'];
const RUSSIAN_WOMEN = ['Анна', 'Елена', 'Ольга', 'Наталья', 'Ирина', 'Татьяна', 'Светлана', 'Мария', 'Юлия', 'Екатерина'];
const RUSSIAN_SURNAMES: readonly (readonly [string, string])[] = [
  ['Петров', 'Петрова'],
  ['Иванов', 'Иванова'],
  ['Ким', 'Ким'],
  ['Смирнов', 'Смирнова'],
  ['Кузнецов', 'Кузнецова'],
  ['Попов', 'Попова'],
  ['Васильев', 'Васильева'],
  ['Шевченко', 'Шевченко'],
  ['Новиков', 'Новикова'],
  ['Морозов', 'Морозова'],
];

/** A person's name: two in three Kazakh, one in three Russian, men and women alike. */
export function personName(random: SeededRandom): string {
  const woman = random.chance(0.5);
  const side = woman ? 1 : 0;
  if (random.chance(0.67)) return `${random.pick(woman ? KAZAKH_WOMEN : KAZAKH_MEN)} ${random.pick(KAZAKH_SURNAMES)[side]}`;
  return `${random.pick(woman ? RUSSIAN_WOMEN : RUSSIAN_MEN)} ${random.pick(RUSSIAN_SURNAMES)[side]}`;
}

/** A Kazakh mobile number as the registry stores it (+7 7XX …). */
export function mobilePhone(random: SeededRandom): string {
  const operator = random.pick(['700', '701', '702', '705', '707', '747', '771', '775', '776', '777', '778']);
  return `+7${operator}${String(random.int(10_000_000)).padStart(7, '0')}`;
}
