import type { LocalizedText } from './locale';
import { enumOf, type EnumValue } from './enum-of';

/** The twelve directions of volunteering named in the front-office memo. */
export const Direction = enumOf([
  'AYALA',
  'ASYL_MURA',
  'BILIM',
  'QAMQOR',
  'SAGLYQ',
  'SABAQTASTYQ',
  'TAZA_ALEM',
  'UMIT',
  'MEDIA',
  'CULTURE_AND_ARTS',
  'SPORT_AND_HEALTHY_LIFESTYLE',
  'OTHER_SOCIAL',
]);
export type Direction = EnumValue<typeof Direction>;

export const DIRECTION_LABELS: Record<Direction, LocalizedText> = {
  [Direction.AYALA]: {
    kk: 'BIRGEMIZ: AYALA — жануарларға жауапкершілікпен қарау',
    ru: 'BIRGEMIZ: AYALA — ответственное обращение с животными',
    en: 'BIRGEMIZ: AYALA — responsible treatment of animals',
  },
  [Direction.ASYL_MURA]: {
    kk: 'BIRGEMIZ: ASYL MURA — тарихи-мәдени мұра',
    ru: 'BIRGEMIZ: ASYL MURA — историко-культурное наследие',
    en: 'BIRGEMIZ: ASYL MURA — historical and cultural heritage',
  },
  [Direction.BILIM]: {
    kk: 'BIRGEMIZ: BILIM — сауаттылыққа оқыту',
    ru: 'BIRGEMIZ: BILIM — обучение грамотности',
    en: 'BIRGEMIZ: BILIM — literacy teaching',
  },
  [Direction.QAMQOR]: {
    kk: 'BIRGEMIZ: QAMQOR — қарттар үйлері мен әлеуметтік орталықтар',
    ru: 'BIRGEMIZ: QAMQOR — дома престарелых и центры соцобслуживания',
    en: 'BIRGEMIZ: QAMQOR — care homes and social-service centres',
  },
  [Direction.SAGLYQ]: {
    kk: 'BIRGEMIZ: SAǴLYQ — денсаулық сақтау',
    ru: 'BIRGEMIZ: SAǴLYQ — здравоохранение',
    en: 'BIRGEMIZ: SAGLYQ — health care',
  },
  [Direction.SABAQTASTYQ]: {
    kk: 'BIRGEMIZ: SABAQTASTYQ — тәлімгерлік',
    ru: 'BIRGEMIZ: SABAQTASTYQ — наставничество',
    en: 'BIRGEMIZ: SABAQTASTYQ — mentoring',
  },
  [Direction.TAZA_ALEM]: {
    kk: 'BIRGEMIZ: TAZA ÁLEM — қоршаған ортаны қорғау',
    ru: 'BIRGEMIZ: TAZA ÁLEM — защита окружающей среды',
    en: 'BIRGEMIZ: TAZA ALEM — environment',
  },
  [Direction.UMIT]: {
    kk: 'BIRGEMIZ: ÚMIT — төтенше жағдайлардағы волонтерлік',
    ru: 'BIRGEMIZ: ÚMIT — волонтёрство в чрезвычайных ситуациях',
    en: 'BIRGEMIZ: UMIT — emergency volunteering',
  },
  [Direction.MEDIA]: {
    kk: 'Медиа-волонтерлік',
    ru: 'Медиаволонтёрство',
    en: 'Media volunteering',
  },
  [Direction.CULTURE_AND_ARTS]: {
    kk: 'Мәдениет және өнер',
    ru: 'Культура и искусство',
    en: 'Culture and arts',
  },
  [Direction.SPORT_AND_HEALTHY_LIFESTYLE]: {
    kk: 'Спорт және салауатты өмір салты',
    ru: 'Спорт и здоровый образ жизни',
    en: 'Sports and healthy lifestyle',
  },
  [Direction.OTHER_SOCIAL]: {
    kk: 'Басқа әлеуметтік волонтерлік',
    ru: 'Другое социальное волонтёрство',
    en: 'Other social volunteering',
  },
};
