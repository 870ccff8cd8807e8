/**
 * Demo directory and programmes for `npm start`, through the public API: the akimat of every
 * region (and, in Astana and Almaty, departments with contact points), a few sponsors and partners,
 * and grant programmes funded by them, one of which is announced to its audience; the partner of the
 * National Volunteer Network wrote a demo organization's verification letter.
 */
import { REGIONS } from '@birge/shared-reference';
import type { DemoCall } from './demo-needs';
import { loadDemoVerificationLetter } from './demo-verification-letter';

const ASTANA = '710000000';
const ALMATY = '750000000';
const CREATE_BODY = `mutation($input: CreateStateBodyInput!) { createStateBody(input: $input) { id } }`;
const CREATE_SPONSOR = `mutation($input: CreateSponsorInput!) { createSponsor(input: $input) { id } }`;
const CREATE_PROGRAMME = `mutation($input: CreateGrantProgrammeInput!) { createGrantProgramme(input: $input) { id } }`;
const ANNOUNCE = `mutation($input: AnnounceGrantProgrammeInput!) { announceGrantProgramme(input: $input) { id } }`;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const DEPARTMENTS = [
  {
    kk: 'Жастар саясаты мәселелері басқармасы',
    ru: 'Управление по вопросам молодёжной политики',
    en: 'Department of youth policy',
    contact: { name: 'Қабылдау бөлмесі', position: 'Волонтерлік бағыт бойынша бас маман', phone: '+7 7172 55 00 10', email: 'youth@akimat.example.kz' },
  },
  {
    kk: 'Жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы',
    ru: 'Управление координации занятости и социальных программ',
    en: 'Department of employment and social programmes',
    contact: { name: 'Ақпарат орталығы', position: 'Әлеуметтік жобалар бөлімі', phone: '+7 7172 55 00 20', email: 'social@akimat.example.kz' },
  },
];

const SPONSORS = [
  { kind: 'FOUNDATION', name: 'Азаматтық бастамалар қоры', directions: [], writesRecommendationLetters: false, website: 'https://example.kz/fund' },
  { kind: 'NATIONAL_NETWORK_PARTNER', name: 'Ұлттық ерікті желісінің серіктесі «Бірлік»', directions: ['OTHER_SOCIAL', 'QAMQOR'], writesRecommendationLetters: true },
  { kind: 'BUSINESS', name: 'Astana Green Business', regionCode: ASTANA, directions: ['TAZA_ALEM'], writesRecommendationLetters: false },
  { kind: 'INTERNATIONAL', name: 'Central Asia Civic Partnership', directions: ['BILIM', 'ASYL_MURA'], writesRecommendationLetters: false },
];

/** Calls until the assistance service has its copy of a directory entry (it follows the registry within seconds). */
async function whenLinked<T>(call: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      if (Date.now() > deadline || !/UNKNOWN_(SPONSOR|STATE_BODY)|is not a (sponsor|state body) of the directory/.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

export async function loadDemoDirectory(call: DemoCall): Promise<{ loaded: boolean; stateBodies: number; sponsors: number; programmes: number }> {
  const existing = await call<{ stateBodies: { totalCount: number } }>('{ stateBodies(first: 1) { totalCount } }');
  if (existing.stateBodies.totalCount > 0) return { loaded: false, stateBodies: existing.stateBodies.totalCount, sponsors: 0, programmes: 0 };
  const akimats = new Map<string, string>();
  let stateBodies = 0;
  for (const region of REGIONS) {
    const { createStateBody } = await call<{ createStateBody: { id: string } }>(CREATE_BODY, {
      input: {
        kind: 'AKIMAT',
        regionCode: region.code,
        name: { kk: `${region.name.kk} әкімдігі`, ru: `Акимат: ${region.name.ru}`, en: `Akimat of ${region.name.en}` },
        website: 'https://www.gov.kz',
      },
    });
    akimats.set(region.code, createStateBody.id);
    stateBodies += 1;
  }
  const departments = new Map<string, string>();
  for (const regionCode of [ASTANA, ALMATY]) {
    for (const department of DEPARTMENTS) {
      const { createStateBody } = await call<{ createStateBody: { id: string } }>(CREATE_BODY, {
        input: {
          kind: 'DEPARTMENT',
          regionCode,
          parentId: akimats.get(regionCode),
          name: { kk: department.kk, ru: department.ru, en: department.en },
          contactPoints: [department.contact],
        },
      });
      departments.set(`${regionCode}:${department.en}`, createStateBody.id);
      stateBodies += 1;
    }
  }
  const sponsorIds: string[] = [];
  for (const sponsor of SPONSORS) sponsorIds.push((await call<{ createSponsor: { id: string } }>(CREATE_SPONSOR, { input: sponsor })).createSponsor.id);
  // The National Volunteer Network partner wrote a demo organization's letter.
  await loadDemoVerificationLetter(call, sponsorIds[1]);

  const programmes = [
    {
      title: { kk: 'Азаматтық бастамаларға шағын гранттар', ru: 'Малые гранты гражданским инициативам', en: 'Small grants for civic initiatives' },
      funder: { kind: 'SPONSOR', id: sponsorIds[0] },
      description: 'Волонтерлік ұйымдар мен бастамашыл топтардың әлеуметтік жобаларына 3 миллион теңгеге дейін.',
      directions: [],
      actorKinds: ['NGO', 'INITIATIVE_GROUP'],
      amountMin: 500_000,
      amountMax: 3_000_000,
      opensOn: day(-20),
      closesOn: day(40),
      link: 'https://example.kz/grants/civic',
    },
    {
      title: { kk: 'Таза қала: экологиялық акцияларды қолдау', ru: 'Чистый город: поддержка экологических акций', en: 'Clean city: support for environmental actions' },
      funder: { kind: 'SPONSOR', id: sponsorIds[2] },
      ownerRegionCode: ASTANA,
      directions: ['TAZA_ALEM'],
      actorKinds: [],
      amountMax: 800_000,
      opensOn: day(-10),
      closesOn: day(5),
      link: 'https://example.kz/grants/green',
    },
    {
      title: { kk: 'Жастар бастамаларының әкімдік бағдарламасы', ru: 'Программа акимата для молодёжных инициатив', en: 'Akimat programme for youth initiatives' },
      funder: { kind: 'STATE_BODY', id: departments.get(`${ALMATY}:Department of youth policy`) },
      ownerRegionCode: ALMATY,
      directions: ['BILIM', 'SPORT_AND_HEALTHY_LIFESTYLE'],
      actorKinds: ['INITIATIVE_GROUP'],
      amountMin: 200_000,
      amountMax: 1_000_000,
      opensOn: day(10),
      closesOn: day(70),
    },
    {
      title: { kk: 'Мәдени мұра экспедициялары', ru: 'Экспедиции культурного наследия', en: 'Cultural heritage expeditions' },
      funder: { kind: 'OTHER', name: 'Мәдениет және ақпарат министрлігі' },
      directions: ['ASYL_MURA'],
      actorKinds: ['NGO'],
      amountMax: 5_000_000,
      opensOn: day(-60),
      closesOn: day(-5),
    },
  ];
  const ids: string[] = [];
  for (const input of programmes) {
    ids.push((await whenLinked(() => call<{ createGrantProgramme: { id: string } }>(CREATE_PROGRAMME, { input }))).createGrantProgramme.id);
  }
  // The first one is announced: a draft announcement waits in the announcements for review.
  await call(ANNOUNCE, { input: { id: ids[0], language: 'kk' } });
  return { loaded: true, stateBodies, sponsors: sponsorIds.length, programmes: ids.length };
}
