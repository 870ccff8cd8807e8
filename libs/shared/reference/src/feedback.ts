import type { LocalizedText } from './locale';
import { enumOf, type EnumValue } from './enum-of';

/**
 * What a thread of the continuous feedback channel is about: the memo asks front offices to keep
 * the republican office informed, beyond the periodic form, of the movement's problems and needs,
 * their own, and the region's other specifics; and either side may simply ask.
 */
export const FeedbackTopic = enumOf(['MOVEMENT_PROBLEM', 'OFFICE_PROBLEM', 'REGION_OBSERVATION', 'QUESTION']);
export type FeedbackTopic = EnumValue<typeof FeedbackTopic>;

export const FEEDBACK_TOPIC_LABELS: Record<FeedbackTopic, LocalizedText> = {
  [FeedbackTopic.MOVEMENT_PROBLEM]: { kk: 'Волонтерлік қозғалыстың мәселесі', ru: 'Проблема волонтёрского движения', en: "The volunteer movement's problem" },
  [FeedbackTopic.OFFICE_PROBLEM]: { kk: 'Фронт-офистің өз мәселесі', ru: 'Проблема самого фронт-офиса', en: "The front office's own problem" },
  [FeedbackTopic.REGION_OBSERVATION]: { kk: 'Өңір туралы байқау', ru: 'Наблюдение о регионе', en: 'An observation about the region' },
  [FeedbackTopic.QUESTION]: { kk: 'Сұрақ', ru: 'Вопрос', en: 'A question' },
};

/** Whether a thread still takes messages. Either side may close it, and reopen it. */
export const FeedbackThreadStatus = enumOf(['OPEN', 'CLOSED']);
export type FeedbackThreadStatus = EnumValue<typeof FeedbackThreadStatus>;

export const FEEDBACK_THREAD_STATUS_LABELS: Record<FeedbackThreadStatus, LocalizedText> = {
  [FeedbackThreadStatus.OPEN]: { kk: 'Ашық', ru: 'Открыта', en: 'Open' },
  [FeedbackThreadStatus.CLOSED]: { kk: 'Жабылған', ru: 'Закрыта', en: 'Closed' },
};

/** What a thread links to: entries of the needs register and periodic reports of the thread's region. */
export const FeedbackLinkKind = enumOf(['NEED', 'REPORT']);
export type FeedbackLinkKind = EnumValue<typeof FeedbackLinkKind>;

export const FEEDBACK_LINK_KIND_LABELS: Record<FeedbackLinkKind, LocalizedText> = {
  [FeedbackLinkKind.NEED]: { kk: 'Қажеттілік', ru: 'Потребность', en: 'Need' },
  [FeedbackLinkKind.REPORT]: { kk: 'Мерзімді есеп', ru: 'Периодический отчёт', en: 'Periodic report' },
};

/** Limits of the channel's texts and lists, shared by the API's checks and the dashboard's forms. */
export const FEEDBACK_LIMITS = {
  subjectMaxLength: 200,
  messageMaxLength: 8000,
  linksMax: 20,
  attachmentsPerMessage: 3,
  fileNameMaxLength: 200,
} as const;
