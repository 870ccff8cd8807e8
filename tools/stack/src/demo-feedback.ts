/**
 * Demo threads of the continuous feedback channel for `npm start`, written through the public API
 * by the demo administrator and the demo Astana staff member: several regions, a closed thread,
 * and threads left unread on each side, so both the republican office and the region see badges.
 */
import type { DemoCall } from './demo-needs';

type Side = 'admin' | 'staff';

interface DemoThread {
  regionCode: string;
  topic: 'MOVEMENT_PROBLEM' | 'OFFICE_PROBLEM' | 'REGION_OBSERVATION' | 'QUESTION';
  subject: string;
  /** The messages, the first one opening the thread; the staff member's are Astana's (their region). */
  messages: { by: Side; text: string; file?: { fileName: string; text: string } }[];
  /** Link the region's first need of the register, if it has one. */
  linkNeed?: boolean;
  close?: boolean;
}

const ASTANA = '710000000';

export const DEMO_FEEDBACK: DemoThread[] = [
  {
    regionCode: ASTANA,
    topic: 'MOVEMENT_PROBLEM',
    subject: 'Есіл ауданындағы топтарға жиналатын орын',
    linkNeed: true,
    messages: [
      { by: 'staff', text: 'Есіл ауданындағы екі бастамашыл топ әлі кафеде жиналады. Білім басқармасынан жауап күтіп отырмыз.' },
      {
        by: 'admin',
        text: 'Министрлікке хат жібердік, көшірмесі тіркелген.',
        file: { fileName: 'министрлікке-хат.txt', text: 'Білім басқармасына: мектеп залдарын кешке волонтерлік топтарға беру туралы.' },
      },
      { by: 'staff', text: 'Рақмет! Басқарма келесі аптада кездесуге шақырды.' },
    ],
  },
  {
    regionCode: ASTANA,
    topic: 'QUESTION',
    subject: 'Тоқсандық есептің жаңа нысаны',
    messages: [{ by: 'admin', text: 'Келесі тоқсаннан бастап есепке оқыту қатысушыларының саны қосылады. Сізде бұл деректер жиналып жүр ме?' }],
  },
  {
    regionCode: ASTANA,
    topic: 'OFFICE_PROBLEM',
    subject: 'Кеңсенің интернеті',
    close: true,
    messages: [
      { by: 'staff', text: 'Кеңседе интернет жиі үзіледі, онлайн кездесулер өтпей қалады.' },
      { by: 'admin', text: 'Провайдермен келісім жаңартылды, енді тұрақты болуы керек.' },
      { by: 'staff', text: 'Расында, бір айдан бері үзіліс болған жоқ.' },
    ],
  },
  {
    regionCode: '750000000',
    topic: 'REGION_OBSERVATION',
    subject: 'Алматыдағы корпоративтік волонтерлік',
    linkNeed: true,
    messages: [{ by: 'admin', text: 'Алматыдағы ірі компаниялардың волонтерлік бағдарламалары туралы қысқаша шолу жіберіңізші.' }],
  },
  {
    regionCode: '100000000',
    topic: 'MOVEMENT_PROBLEM',
    subject: 'Семейдегі ҮЕҰ-лардың грант өтінімдері',
    linkNeed: true,
    messages: [{ by: 'admin', text: 'Оқытудан кейінгі өтінімдердің нәтижесін бөлісіңізші: қайсысы қабылданды?' }],
  },
];

const START = 'mutation($input: StartFeedbackThreadInput!) { startFeedbackThread(input: $input) { id } }';
const POST = 'mutation($input: PostFeedbackInput!) { postFeedback(input: $input) { id } }';
const CLOSE = 'mutation($id: ID!) { closeFeedbackThread(id: $id) { id } }';
const FIRST_NEED = 'query($regionCode: ID) { needs(first: 1, filter: { regionCode: $regionCode }) { edges { node { id } } } }';

const attachments = (file?: { fileName: string; text: string }) =>
  file ? { attachments: [{ fileName: file.fileName, mimeType: 'text/plain', contentBase64: Buffer.from(file.text, 'utf8').toString('base64') }] } : {};

/**
 * Writes the demo threads unless the channel already has some. Without the staff member's
 * session (deactivated, password changed), only the threads the republican office opens and
 * answers alone are written.
 */
export async function loadDemoFeedback(admin: DemoCall, staff: DemoCall | null): Promise<{ loaded: boolean; threads: number }> {
  const existing = await admin<{ feedbackThreads: { totalCount: number } }>('{ feedbackThreads(first: 1) { totalCount } }');
  if (existing.feedbackThreads.totalCount > 0) return { loaded: false, threads: existing.feedbackThreads.totalCount };
  let threads = 0;
  for (const thread of DEMO_FEEDBACK) {
    const calls: Record<Side, DemoCall | null> = { admin, staff };
    if (thread.messages.some((message) => !calls[message.by])) continue;
    const needIds = thread.linkNeed
      ? (await admin<{ needs: { edges: { node: { id: string } }[] } }>(FIRST_NEED, { regionCode: thread.regionCode })).needs.edges.map((edge) => edge.node.id)
      : [];
    const [first, ...rest] = thread.messages;
    const opener = calls[first.by] as DemoCall;
    const { startFeedbackThread } = await opener<{ startFeedbackThread: { id: string } }>(START, {
      input: { regionCode: thread.regionCode, topic: thread.topic, subject: thread.subject, text: first.text, needIds, ...attachments(first.file) },
    });
    for (const message of rest) await (calls[message.by] as DemoCall)(POST, { input: { threadId: startFeedbackThread.id, text: message.text, ...attachments(message.file) } });
    if (thread.close) await admin(CLOSE, { id: startFeedbackThread.id });
    threads += 1;
  }
  return { loaded: true, threads };
}
