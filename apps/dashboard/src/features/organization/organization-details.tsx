import type { OrganizationPageQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { AccessHidden } from '../../ui/access';
import { formatIsoDay } from '../reference/dates';

type Organization = NonNullable<OrganizationPageQuery['organization']>;

/** The registry record: names, kind and legal details, place, when and by whom it changed, directions, contact people. */
export function OrganizationDetails({ organization, nameOf }: { organization: Organization; nameOf: (id: string | null | undefined) => string }) {
  const { t, name, formatDate, formatNumber } = useI18n();
  const otherNames = [
    ['organization.nameKk', organization.nameKk],
    ['organization.nameRu', organization.nameRu],
    ['organization.nameLatin', organization.nameLatin],
  ] as const;
  return (
    <dl className="details card" data-testid="organization-details">
      {otherNames.map(([label, value]) => (
        <div key={label}>
          <dt>{t(label)}</dt>
          <dd>{value ?? t('common.notSet')}</dd>
        </div>
      ))}
      <div>
        <dt>{t('organization.kind')}</dt>
        <dd>{t(`organizationKind.${organization.kind}`)}</dd>
      </div>
      <div>
        <dt>{t('organization.status')}</dt>
        <dd>{t(`organizationStatus.${organization.status}`)}</dd>
      </div>
      {organization.kind === 'NGO' && (
        <>
          <div>
            <dt>{t('organization.legalForm')}</dt>
            <dd>{organization.legalForm ? t(`legalForm.${organization.legalForm}`) : t('common.notSet')}</dd>
          </div>
          <div>
            <dt>{t('organization.bin')}</dt>
            <dd data-testid="organization-bin">{organization.bin ?? t('common.notSet')}</dd>
          </div>
        </>
      )}
      <div>
        <dt>{t('organization.qazvolunteerId')}</dt>
        <dd>{organization.qazvolunteerId ?? t('common.notSet')}</dd>
      </div>
      <div>
        <dt>{t('organization.volunteerCount')}</dt>
        <dd>{organization.volunteerCount == null ? t('common.notSet') : formatNumber(organization.volunteerCount)}</dd>
      </div>
      <div>
        <dt>{t('organization.foundedOn')}</dt>
        <dd>{organization.foundedOn ? formatIsoDay(organization.foundedOn) : t('common.notSet')}</dd>
      </div>
      <div>
        <dt>{t('organization.region')}</dt>
        <dd>{name(organization.region.name)}</dd>
      </div>
      <div>
        <dt>{t('organization.district')}</dt>
        <dd>{organization.district ? name(organization.district.name) : t('common.notSet')}</dd>
      </div>
      <div>
        <dt>{t('organization.createdAt')}</dt>
        <dd>
          {formatDate(organization.createdAt)} <span className="muted small">{nameOf(organization.createdBy)}</span>
        </dd>
      </div>
      <div>
        <dt>{t('organization.updatedAt')}</dt>
        <dd>
          {formatDate(organization.updatedAt)} {organization.updatedBy && <span className="muted small">{nameOf(organization.updatedBy)}</span>}
          <span className="muted small"> · {t('organization.version', { version: organization.version })}</span>
        </dd>
      </div>
      <div className="details-wide">
        <dt>{t('organization.directions')}</dt>
        <dd>
          <ul className="tags">
            {organization.directions.map((direction) => (
              <li key={direction} className="tag">
                {t(`direction.${direction}`)}
              </li>
            ))}
          </ul>
        </dd>
      </div>
      <div className="details-wide">
        <dt>{t('organization.categories')}</dt>
        <dd>
          {organization.categories.length === 0 ? (
            t('common.notSet')
          ) : (
            <ul className="tags">
              {organization.categories.map((category) => (
                <li key={category} className="tag">
                  {t(`category.${category}`)}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div className="details-wide">
        <dt>{t('organization.modes')}</dt>
        <dd>{organization.modes.length === 0 ? t('common.notSet') : organization.modes.map((mode) => t(`mode.${mode}`)).join(', ')}</dd>
      </div>
      <div className="details-wide">
        <dt>{t('organization.description')}</dt>
        <dd className="request-description">{organization.description ?? t('common.notSet')}</dd>
      </div>
      <div className="details-wide">
        <dt>{t('organization.contactPeople')}</dt>
        <dd>
          {organization.contactPeople.length === 0 ? (
            t('common.notSet')
          ) : (
            <ul className="people" data-testid="contact-people">
              {organization.contactPeople.map((person, index) => (
                <li key={`${person.name ?? ''}-${index}`}>
                  {person.personalDataHidden ? <AccessHidden reason={person.personalDataHidden} /> : <strong>{person.name}</strong>}
                  {person.role && <span className="muted"> · {person.role}</span>}
                  {[...(person.phones ?? []), ...(person.emails ?? [])].length > 0 && (
                    <div className="small">{[...(person.phones ?? []), ...(person.emails ?? [])].join(' · ')}</div>
                  )}
                  {person.socialLinks && person.socialLinks.length > 0 && (
                    <div className="small">
                      {person.socialLinks.map((link) => (
                        <a key={link} href={link} target="_blank" rel="noreferrer noopener" className="people-link">
                          {link}
                        </a>
                      ))}
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
    </dl>
  );
}
