import type { LocalizedText } from './locale';
import { enumOf, type EnumValue } from './enum-of';

/** Who a training, seminar or capacity-building course is for (the memo's three audiences). */
export const TrainingAudience = enumOf(['NGO_STAFF', 'GROUP_MEMBERS', 'VOLUNTEER_LEADERS']);
export type TrainingAudience = EnumValue<typeof TrainingAudience>;

export const TRAINING_AUDIENCE_LABELS: Record<TrainingAudience, LocalizedText> = {
  [TrainingAudience.NGO_STAFF]: { kk: 'ҮЕҰ қызметкерлері', ru: 'Сотрудники НПО', en: 'NGO staff' },
  [TrainingAudience.GROUP_MEMBERS]: { kk: 'Бастамашыл топ мүшелері', ru: 'Участники инициативных групп', en: 'Initiative group members' },
  [TrainingAudience.VOLUNTEER_LEADERS]: { kk: 'Волонтер көшбасшылары', ru: 'Лидеры волонтёров', en: 'Volunteer leaders' },
};

/** A place in a training: within its capacity, waiting for a place, or given up. */
export const TrainingRegistrationStatus = enumOf(['REGISTERED', 'WAITLISTED', 'CANCELLED']);
export type TrainingRegistrationStatus = EnumValue<typeof TrainingRegistrationStatus>;
