import type { LocalizedText } from './locale';

/** Who a training, seminar or capacity-building course is for (the memo's three audiences). */
export enum TrainingAudience {
  NGO_STAFF = 'NGO_STAFF',
  GROUP_MEMBERS = 'GROUP_MEMBERS',
  VOLUNTEER_LEADERS = 'VOLUNTEER_LEADERS',
}

export const TRAINING_AUDIENCE_LABELS: Record<TrainingAudience, LocalizedText> = {
  [TrainingAudience.NGO_STAFF]: { kk: 'ҮЕҰ қызметкерлері', ru: 'Сотрудники НПО', en: 'NGO staff' },
  [TrainingAudience.GROUP_MEMBERS]: { kk: 'Бастамашыл топ мүшелері', ru: 'Участники инициативных групп', en: 'Initiative group members' },
  [TrainingAudience.VOLUNTEER_LEADERS]: { kk: 'Волонтер көшбасшылары', ru: 'Лидеры волонтёров', en: 'Volunteer leaders' },
};

/** A place in a training: within its capacity, waiting for a place, or given up. */
export enum TrainingRegistrationStatus {
  REGISTERED = 'REGISTERED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
}
