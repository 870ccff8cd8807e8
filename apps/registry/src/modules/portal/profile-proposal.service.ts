import { assertRegionWrite, ConflictError, NotFoundError, ValidationError, type EventBus, type RequestContext } from '@birge/server-kit';
import { isUuid, type Direction, type Identity } from '@birge/shared-reference';
import type { DataSource } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { organizationUpdatedOf } from '../organization/organization-profile-facts';
import { PortalLanguage, ProfileProposalStatus } from './portal-enums';
import type { PortalLinkService } from './portal-link.service';
import { ProfileProposalEntity } from './profile-proposal.entity';
import type { DecideProfileChangeInput, ProposeProfileChangeInput } from './portal.inputs';
import { assertFrontOffice, checkProposal } from './portal.rules';
import type { OrganizationPortal, ProfileChangeProposal } from './portal.types';

export const toProposal = (row: ProfileProposalEntity): ProfileChangeProposal => ({
  id: row.id,
  organizationId: row.organizationId,
  contactEmail: row.contactEmail,
  description: row.description,
  volunteerCount: row.volunteerCount,
  note: row.note,
  status: row.status as ProfileProposalStatus,
  proposedAt: row.proposedAt,
  decidedAt: row.decidedAt,
  decisionNote: row.decisionNote,
});

/**
 * Profile changes an organization's contact proposes through the portal: nothing changes on the
 * public profile until staff of its region (or the republican office) accept one.
 */
export class ProfileProposalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
    private readonly links: PortalLinkService,
  ) {}

  async propose(context: Pick<RequestContext, 'identity'>, input: ProposeProfileChangeInput): Promise<ProfileChangeProposal> {
    const values = checkProposal(input);
    return this.dataSource.transaction(async (manager) => {
      const link = await this.links.activeLink(context, manager);
      const repository = manager.getRepository(ProfileProposalEntity);
      const saved = await repository.save(
        repository.create({
          organizationId: link.organizationId,
          linkId: link.id,
          contactEmail: link.contactEmail,
          ...values,
          status: ProfileProposalStatus.PENDING,
          proposedAt: new Date(),
        }),
      );
      return toProposal(saved);
    });
  }

  /** What the contact sees in the portal: the organization's public profile and its latest proposals. */
  async portal(context: Pick<RequestContext, 'identity'>): Promise<OrganizationPortal> {
    const link = await this.links.activeLink(context);
    const organization = await this.dataSource.getRepository(OrganizationEntity).findOneByOrFail({ id: link.organizationId });
    return {
      linkId: link.id,
      contactEmail: link.contactEmail,
      expiresAt: link.expiresAt,
      language: link.language as PortalLanguage,
      organization: {
        id: organization.id,
        name: organization.name,
        regionCode: organization.regionCode,
        description: organization.description,
        volunteerCount: organization.volunteerCount,
        directions: organization.directions as Direction[],
        verificationStatus: organization.verificationStatus,
      },
      profileProposals: await this.ofOrganization(link.organizationId),
    };
  }

  /** The organization's latest proposals, newest first. */
  async ofOrganization(organizationId: string, limit = 20): Promise<ProfileChangeProposal[]> {
    const rows = await this.dataSource.getRepository(ProfileProposalEntity).find({ where: { organizationId }, order: { proposedAt: 'DESC' }, take: limit });
    return rows.map(toProposal);
  }

  async list(organizationId: string, identity: Identity | null): Promise<ProfileChangeProposal[]> {
    assertFrontOffice(identity, 'read');
    if (!isUuid(organizationId)) throw ValidationError.field('organizationId', 'INVALID_ID', 'is not an organization id (a UUID)');
    const organization = await this.dataSource.getRepository(OrganizationEntity).findOneBy({ id: organizationId });
    if (!organization) throw new NotFoundError('Organization', organizationId, 'organizationId');
    assertRegionWrite(identity, organization.regionCode, 'registry', `the profile proposals of organization ${organization.id}`);
    return this.ofOrganization(organizationId, 50);
  }

  async decide(input: DecideProfileChangeInput, identity: Identity | null): Promise<ProfileChangeProposal> {
    assertFrontOffice(identity, 'write');
    if (!isUuid(input.id)) throw ValidationError.field('id', 'INVALID_ID', 'is not a proposal id (a UUID)');
    const note = input.note?.trim() || null;
    if (!input.accept && !note) throw ValidationError.field('note', 'REQUIRED', 'is required when declining: tell the organization why');
    if (note && note.length > 1000) throw ValidationError.field('note', 'TOO_LONG', 'must be at most 1000 characters');
    return this.dataSource.transaction(async (manager) => {
      const proposal = await manager.getRepository(ProfileProposalEntity).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id: input.id }).getOne();
      if (!proposal) throw new NotFoundError('ProfileChangeProposal', input.id, 'id');
      const organizations = manager.getRepository(OrganizationEntity);
      const organization = await organizations.createQueryBuilder('o').setLock('pessimistic_write').where('o.id = :id', { id: proposal.organizationId }).getOneOrFail();
      const actor = assertRegionWrite(identity, organization.regionCode, 'registry', `organization ${organization.id}`);
      if (proposal.status !== ProfileProposalStatus.PENDING) {
        throw new ConflictError(`the proposal has been ${proposal.status.toLowerCase()} already`, { reason: 'ALREADY_DECIDED', status: proposal.status });
      }
      if (input.accept) {
        if (proposal.description !== null) organization.description = proposal.description;
        if (proposal.volunteerCount !== null) organization.volunteerCount = proposal.volunteerCount;
        const saved = await organizations.save(organization);
        await this.events.publish(manager, 'registry.organization-updated', organizationUpdatedOf(saved));
      }
      Object.assign(proposal, {
        status: input.accept ? ProfileProposalStatus.ACCEPTED : ProfileProposalStatus.DECLINED,
        decidedBy: actor.userId,
        decidedAt: new Date(),
        decisionNote: note,
      });
      return toProposal(await manager.getRepository(ProfileProposalEntity).save(proposal));
    });
  }
}
