import { AssistanceSubtype, Direction } from '@birge/shared-reference';
import type { I18n } from '../../i18n/i18n';
import type { Choice } from '../../ui/form-controls';

/** Every direction of work, labelled in the current language, for a form's select. */
export const directionChoices = ({ t }: Pick<I18n, 't'>): Choice[] => Object.values(Direction).map((code) => ({ value: code, label: t(`direction.${code}`) }));

/** Every kind of help (assistance subtype), labelled in the current language, for a form's select. */
export const subtypeChoices = ({ t }: Pick<I18n, 't'>): Choice[] => Object.values(AssistanceSubtype).map((code) => ({ value: code, label: t(`assistanceSubtype.${code}`) }));
