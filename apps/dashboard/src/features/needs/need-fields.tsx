import type { FieldValues, Path, UseFormRegister } from 'react-hook-form';
import type { FieldError } from '../../errors/graphql-errors';
import { useI18n, type LocalizedName } from '../../i18n/i18n';
import { formControls } from '../../ui/form-controls';
import { FieldSet } from '../../ui/form-field';
import { NEED_KINDS, NEED_THEMES } from './need-filter';

type NeedFieldName = 'districtCode' | 'theme' | 'kind' | 'narrative' | 'firstNoticedOn';

/**
 * A need's own fields, as recorded and as corrected: the district (of `districts`, or the whole
 * region), theme (`chooseTheme`: starting from none), kind, narrative and the day first noticed.
 */
export function NeedFields<Input extends FieldValues & Record<NeedFieldName, string>>({
  register,
  errors,
  districts,
  chooseTheme = false,
  firstNoticedLabel,
}: {
  register: UseFormRegister<Input>;
  errors: Record<string, FieldError[]>;
  districts: ReadonlyArray<{ code: string; name: LocalizedName }>;
  chooseTheme?: boolean;
  firstNoticedLabel: string;
}) {
  const { t, name } = useI18n();
  const field = formControls(register, errors);
  const path = (fieldName: NeedFieldName) => fieldName as Path<Input>;
  const themes = NEED_THEMES.map((theme) => ({ value: theme, label: t(`needTheme.${theme}`) }));
  return (
    <>
      {field.select(path('districtCode'), t('need.district'), [
        { value: '', label: t('needs.wholeRegion') },
        ...districts.map((district) => ({ value: district.code, label: name(district.name) })),
      ])}
      {field.select(path('theme'), t('needForm.theme'), chooseTheme ? [{ value: '', label: t('common.choose') }, ...themes] : themes)}
      <FieldSet legend={t('need.kind')} errors={errors['kind']} name="kind">
        {NEED_KINDS.map((kind) => (
          <label key={kind} className="checkbox">
            <input type="radio" value={kind} {...register(path('kind'))} />
            <span>{t(`needKind.${kind}`)}</span>
          </label>
        ))}
      </FieldSet>
      {field.textarea(path('narrative'), t('need.narrative'), 6)}
      {field.input(path('firstNoticedOn'), firstNoticedLabel, { type: 'date' })}
    </>
  );
}
