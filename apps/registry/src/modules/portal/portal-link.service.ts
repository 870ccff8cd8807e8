import {
  assertRegionWrite,
  NotFoundError,
  requirePortalCaller,
  signPortalToken,
  UnauthenticatedError,
  ValidationError,
  type EventBus,
  type RequestContext,
} from '@birge/server-kit';
import { isUuid, PortalLinkRefusal, type Identity, type Locale, type PortalLinkState } from '@birge/shared-reference';
import type { DataSource, EntityManager } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { publishOrganizationMailing } from '../organization/organization-mailing';
import { PortalLanguage, PortalLinkStatus } from './portal-enums';
import { PortalLinkEntity } from './portal-link.entity';
import type { IssueOrganizationPortalLinkInput } from './portal.inputs';
import { assertFrontOffice, consentingContact, portalLinkExpiry, portalLinkState } from './portal.rules';
import type { IssuedOrganizationPortalLink, OrganizationPortalLink, OrganizationPortalUnsubscribed } from './portal.types';

export interface PortalLinkSettings {
  secret: string;
  /** The dashboard's portal page; the token is added as `?token=`. */
  pageUrl: string;
}

export const toPortalLink = (link: PortalLinkEntity, now = new Date()): OrganizationPortalLink => ({
  id: link.id,
  organizationId: link.organizationId,
  contactEmail: link.contactEmail,
  contactName: link.contactName,
  language: link.language as PortalLanguage,
  issuedBy: link.issuedBy,
  issuedAt: link.issuedAt,
  expiresAt: link.expiresAt,
  revokedAt: link.revokedAt,
  revokedBy: link.revokedBy,
  status: PortalLinkStatus[portalLinkState(link, now) as keyof typeof PortalLinkStatus] ?? PortalLinkStatus.REVOKED,
});

/** UNAUTHENTICATED with the reason (PORTAL_LINK_EXPIRED, PORTAL_LINK_REVOKED) a client can explain in the contact's language. */
export function portalLinkRefused(state: PortalLinkState): UnauthenticatedError {
  const reason = state === 'EXPIRED' ? PortalLinkRefusal.PORTAL_LINK_EXPIRED : state === 'REVOKED' ? PortalLinkRefusal.PORTAL_LINK_REVOKED : PortalLinkRefusal.PORTAL_LINK_INVALID;
  const error = new UnauthenticatedError(
    state === 'EXPIRED'
      ? 'This portal link has expired: ask the front office for a new one'
      : state === 'REVOKED'
        ? 'This portal link has been revoked: ask the front office for a new one'
        : 'This portal link is not valid',
  );
  error.details.reason = reason;
  return error;
}

/**
 * Organizations' portal links: staff of the organization's region (or the republican office)
 * issue one for a contact person who agreed to be e-mailed, list and revoke them; the contact
 * unsubscribes through it. The token is signed here and never stored: the link's row is what
 * revocation and expiry are checked against, by the gateway on every use and here again.
 */
export class PortalLinkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly settings: PortalLinkSettings,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async issue(input: IssueOrganizationPortalLinkInput, identity: Identity | null): Promise<IssuedOrganizationPortalLink> {
    assertFrontOffice(identity, 'write');
    if (!isUuid(input.organizationId)) throw ValidationError.field('organizationId', 'INVALID_ID', 'is not an organization id (a UUID)');
    const now = this.now();
    const expiresAt = portalLinkExpiry(now, input.validDays);
    return this.dataSource.transaction(async (manager) => {
      const organization = await manager.getRepository(OrganizationEntity).findOneBy({ id: input.organizationId });
      if (!organization) throw new NotFoundError('Organization', input.organizationId, 'organizationId');
      const actor = assertRegionWrite(identity, organization.regionCode, 'registry', `organization ${organization.id}`);
      const person = consentingContact(organization.contactPeople ?? [], input.contactEmail);
      const email = input.contactEmail.trim().toLowerCase();
      const language = input.language ?? PortalLanguage.kk;
      const repository = manager.getRepository(PortalLinkEntity);
      const link = await repository.save(
        repository.create({
          organizationId: organization.id,
          contactEmail: email,
          contactName: person.name || null,
          language,
          issuedBy: actor.userId,
          issuedAt: now,
          expiresAt,
          revokedAt: null,
          revokedBy: null,
        }),
      );
      const token = await signPortalToken(
        { linkId: link.id, organizationId: organization.id, regionCode: organization.regionCode, contactEmail: email },
        this.settings.secret,
        expiresAt,
        now.getTime(),
      );
      const url = `${this.settings.pageUrl}?token=${encodeURIComponent(token)}`;
      await this.events.publish(manager, 'registry.portal-link-issued', {
        linkId: link.id,
        organizationId: organization.id,
        organizationName: organization.name,
        regionCode: organization.regionCode,
        contactName: link.contactName,
        email,
        language: language as Locale,
        url,
        expiresAt: expiresAt.toISOString(),
        actorId: actor.userId,
      });
      return { link: toPortalLink(link, now), url };
    });
  }

  async revoke(id: string, identity: Identity | null): Promise<OrganizationPortalLink> {
    assertFrontOffice(identity, 'write');
    if (!isUuid(id)) throw ValidationError.field('id', 'INVALID_ID', 'is not a portal link id (a UUID)');
    return this.dataSource.transaction(async (manager) => {
      const link = await manager.getRepository(PortalLinkEntity).createQueryBuilder('l').setLock('pessimistic_write').where('l.id = :id', { id }).getOne();
      if (!link) throw new NotFoundError('OrganizationPortalLink', id, 'id');
      const organization = await manager.getRepository(OrganizationEntity).findOneByOrFail({ id: link.organizationId });
      const actor = assertRegionWrite(identity, organization.regionCode, 'registry', `the portal links of organization ${organization.id}`);
      if (!link.revokedAt) Object.assign(link, { revokedAt: this.now(), revokedBy: actor.userId });
      return toPortalLink(await manager.getRepository(PortalLinkEntity).save(link), this.now());
    });
  }

  async list(organizationId: string, identity: Identity | null): Promise<OrganizationPortalLink[]> {
    assertFrontOffice(identity, 'read');
    if (!isUuid(organizationId)) throw ValidationError.field('organizationId', 'INVALID_ID', 'is not an organization id (a UUID)');
    const organization = await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id: organizationId });
    if (!organization) throw new NotFoundError('Organization', organizationId, 'organizationId');
    assertRegionWrite(identity, organization.regionCode, 'registry', `the portal links of organization ${organization.id}`);
    const links = await this.dataSource.getRepository(PortalLinkEntity).find({ where: { organizationId }, order: { issuedAt: 'DESC' }, take: 50 });
    const now = this.now();
    return links.map((link) => toPortalLink(link, now));
  }

  /** The gateway's question on every use of a link: ACTIVE, EXPIRED, REVOKED or UNKNOWN. */
  async state(linkId: string): Promise<PortalLinkState> {
    if (!isUuid(linkId)) return 'UNKNOWN';
    return portalLinkState(await this.dataSource.getRepository(PortalLinkEntity).findOneBy({ id: linkId }), this.now());
  }

  /** The link of a portal caller, still active (checked again here, in the same transaction as the operation), for `manager`'s transaction. */
  async activeLink(context: Pick<RequestContext, 'identity'>, manager: EntityManager = this.dataSource.manager): Promise<PortalLinkEntity> {
    const caller = requirePortalCaller(context);
    const link = await manager.getRepository(PortalLinkEntity).findOneBy({ id: caller.linkId });
    const state = portalLinkState(link, this.now());
    if (!link || state !== 'ACTIVE' || link.organizationId !== caller.organizationId || link.contactEmail !== caller.contactEmail)
      throw portalLinkRefused(link ? state : 'UNKNOWN');
    return link;
  }

  /**
   * The contact stops hearing from the front office: their consent is withdrawn on every contact
   * person of the organization with that address (notifications drops it from announcements), and
   * all their portal links to it are revoked, this one included.
   */
  async unsubscribe(context: Pick<RequestContext, 'identity'>): Promise<OrganizationPortalUnsubscribed> {
    return this.dataSource.transaction(async (manager) => {
      const link = await this.activeLink(context, manager);
      const repository = manager.getRepository(OrganizationEntity);
      const organization = await repository.createQueryBuilder('o').setLock('pessimistic_write').where('o.id = :id', { id: link.organizationId }).getOneOrFail();
      organization.contactPeople = (organization.contactPeople ?? []).map((person) =>
        person.emails.some((email) => email.toLowerCase() === link.contactEmail) ? { ...person, emailConsent: false, emailConsentAt: null } : person,
      );
      await repository.save(organization);
      // An UPDATE answers [rows, count] through TypeORM's PostgreSQL driver.
      const [revoked]: [unknown[], number] = await manager.query(
        `UPDATE registry.portal_link SET revoked_at = now(), revoked_by = $3 WHERE organization_id = $1 AND contact_email = $2 AND revoked_at IS NULL AND expires_at > now() RETURNING id`,
        [link.organizationId, link.contactEmail, `portal:${link.contactEmail}`],
      );
      await publishOrganizationMailing(this.events, manager, organization.id);
      return { email: link.contactEmail, revokedLinks: revoked.length };
    });
  }
}
