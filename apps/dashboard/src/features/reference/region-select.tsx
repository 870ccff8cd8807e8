import { useI18n } from '../../i18n/i18n';
import { FilterSelect } from '../../ui/filter-select';
import { FormField } from '../../ui/form-field';
import type { FieldError } from '../../errors/graphql-errors';
import { useRegionOptions } from './use-region-options';

/** A region select for forms; regional staff see only their own region. `emptyLabel`: what no region means (e.g. every region); "choose" by default. */
export function RegionSelectField({
  value,
  onChange,
  onlyRegion,
  errors,
  label,
  name = 'regionCode',
  emptyLabel,
}: {
  value: string;
  onChange: (code: string) => void;
  onlyRegion: string | null;
  errors?: FieldError[];
  label: string;
  name?: string;
  emptyLabel?: string;
}) {
  const i18n = useI18n();
  const regions = useRegionOptions();
  const options = regions.data?.regions.filter((region) => !onlyRegion || region.code === onlyRegion) ?? [];
  return (
    <FormField label={label} errors={errors} name={name}>
      {(control) => (
        <select {...control} value={value} disabled={Boolean(onlyRegion)} onChange={(event) => onChange(event.target.value)}>
          {!onlyRegion && <option value="">{emptyLabel ?? i18n.t('common.choose')}</option>}
          {options.map((region) => (
            <option key={region.code} value={region.code}>
              {i18n.name(region.name)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** The region select of a list's filter form: "all" first, then every region by name. */
export function RegionFilterSelect({ label, value, onChange }: { label: string; value: string | number; onChange: (code: string) => void }) {
  const { name } = useI18n();
  const regions = useRegionOptions();
  const options = regions.data?.regions.map((region) => ({ value: region.code, label: name(region.name) })) ?? [];
  return <FilterSelect label={label} value={value} onChange={onChange} options={options} />;
}
