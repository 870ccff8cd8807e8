import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { z } from 'zod';
import type { ContactKind, OrganizationPageQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { FormField, OtherFieldErrors } from '../../ui/form-field';
import { FormFailure } from '../../ui/form-failure';
import { useSchemaForm } from '../../ui/schema-form';
import { LoadMore } from '../../ui/load-more';
import { AccessHidden } from '../../ui/access';
import { EmptyState, Unavailable } from '../../ui/status';
import { CONTACT_KINDS } from '../reference/catalog';
import { formatIsoDay, todayIsoDay } from '../reference/dates';
import { useRegionOptions } from '../reference/use-region-options';
import { LogContactMutation } from './organization.graphql';

type Organization = NonNullable<OrganizationPageQuery['organization']>;

const contactSchema = z.object({
  kind: z.custom<ContactKind>((value) => typeof value === 'string' && (CONTACT_KINDS as readonly string[]).includes(value)),
  occurredOn: z.string().min(1, 'REQUIRED'),
  districtCode: z.string().min(1, 'REQUIRED'),
  notes: z
    .string()
    .trim()
    .transform((text) => text || null),
  toldAboutOffer: z.boolean(),
});

function LogContactForm({ organization, onDone }: { organization: Organization; onDone: () => void }) {
  const { t, name } = useI18n();
  const regions = useRegionOptions();
  const districts = regions.data?.regions.find((region) => region.code === organization.region.code)?.districts ?? [];
  const { form, fieldErrors, errors, failure, submitting, submit } = useSchemaForm(contactSchema, {
    defaultValues: { kind: 'MEETING', occurredOn: todayIsoDay(), districtCode: organization.district?.code ?? '', notes: '', toldAboutOffer: false },
  });
  const { register } = form;
  const [done, setDone] = useState(false);
  const [logContact] = useMutation(LogContactMutation, {
    // Coverage and the contact filters follow the log.
    update(cache) {
      cache.evict({ fieldName: 'organizationFacets' });
      cache.evict({ fieldName: 'organizations' });
    },
  });

  const onSubmit = submit(async (contact) => {
    setDone(false);
    await logContact({ variables: { input: { organizationId: organization.id, ...contact } } });
    form.reset({ ...form.getValues(), notes: '', toldAboutOffer: false });
    setDone(true);
    onDone();
  });

  return (
    <form className="form card" onSubmit={(event) => void onSubmit(event)} noValidate data-testid="log-contact-form">
      <h2>{t('contacts.log')}</h2>
      <FormFailure error={failure} fieldsMessage={t('common.correctFields')} />
      {done && (
        <p className="status status-success" role="status">
          {t('contacts.logged')}
        </p>
      )}
      <FormField label={t('contacts.kind')} errors={errors['kind']} name="contact-kind">
        {(control) => (
          <select {...control} {...register('kind')}>
            {CONTACT_KINDS.map((value) => (
              <option key={value} value={value}>
                {t(`contactKind.${value}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('contacts.occurredOn')} errors={errors['occurredOn']} name="occurredOn">
        {(control) => <input {...control} {...register('occurredOn')} type="date" max={todayIsoDay()} />}
      </FormField>
      <FormField label={t('contacts.district')} errors={errors['districtCode']} name="contact-district">
        {(control) => (
          <select {...control} {...register('districtCode')}>
            <option value="">{t('common.choose')}</option>
            {districts.map((district) => (
              <option key={district.code} value={district.code}>
                {name(district.name)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('contacts.notes')} errors={errors['notes']} name="contact-notes">
        {(control) => <textarea {...control} {...register('notes')} rows={2} />}
      </FormField>
      <label className="checkbox">
        <input type="checkbox" {...register('toldAboutOffer')} />
        <span>{t('contacts.toldAboutOffer')}</span>
      </label>
      <OtherFieldErrors errors={fieldErrors} knownFields={['kind', 'occurredOn', 'districtCode', 'notes']} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={submitting}>
          {submitting ? t('common.saving') : t('contacts.submit')}
        </button>
      </div>
    </form>
  );
}

/** The contact log of the actor, newest first, and the form to add to it. */
export function ContactLog({
  organization,
  nameOf,
  writable,
  onChanged,
  onLoadMore,
}: {
  organization: Organization;
  nameOf: (id: string | null | undefined) => string;
  writable: boolean;
  onChanged: () => void;
  /** Loads the contacts after `after` (see LoadMore). */
  onLoadMore: (after: string | null | undefined) => Promise<unknown>;
}) {
  const { t, name, formatNumber } = useI18n();
  const contacts = organization.contacts;
  return (
    <div className="two-columns">
      <div>
        <h2>
          {t('contacts.title')} {contacts && <span className="count">{t('organization.requests.count', { count: formatNumber(contacts.totalCount) })}</span>}
        </h2>
        {!contacts ? (
          // Another region's contact log is withheld as a whole (contactsHidden); null without a reason: the subgraph did not answer.
          <p>{organization.contactsHidden ? <AccessHidden reason={organization.contactsHidden} /> : <Unavailable />}</p>
        ) : contacts.edges.length === 0 ? (
          <EmptyState>{t('contacts.empty')}</EmptyState>
        ) : (
          <ol className="timeline" data-testid="contact-timeline">
            {contacts.edges.map(({ node }) => (
              <li key={node.id} className="timeline-entry" data-testid="contact">
                <div className="timeline-text">
                  <strong>{t(`contactKind.${node.kind}`)}</strong> · {formatIsoDay(node.occurredOn)}
                  {node.district && <span> · {name(node.district.name)}</span>}
                </div>
                {node.notes && <div className="request-description">{node.notes}</div>}
                {node.personalDataHidden && (
                  <div>
                    <AccessHidden reason={node.personalDataHidden} />
                  </div>
                )}
                <div className="muted small">
                  {nameOf(node.staffUserId)}
                  {node.toldAboutOffer && ` · ${t('contacts.toldAboutOfferShort')}`}
                </div>
              </li>
            ))}
          </ol>
        )}
        {contacts && <LoadMore pageInfo={contacts.pageInfo} onLoad={onLoadMore} />}
      </div>
      {writable && <LogContactForm organization={organization} onDone={onChanged} />}
    </div>
  );
}
