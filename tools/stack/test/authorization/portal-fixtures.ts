import { GraphQLTestClient } from '@birge/server-testing';

/**
 * The matrix's organization contacts: an organization of a region with a contact who consented to
 * e-mail, and portal links the admin issues for them, each used through the gateway as the
 * contact would (`Authorization: Portal <token>`).
 */
export class PortalFixtures {
  private readonly organizations = new Map<string, Promise<{ id: string; email: string }>>();

  constructor(
    private readonly gatewayUrl: string,
    private readonly admin: GraphQLTestClient,
  ) {}

  consentingOrganization(regionCode: string): Promise<{ id: string; email: string }> {
    let organization = this.organizations.get(regionCode);
    if (!organization) {
      const email = `portal-${regionCode}@matrix.birge.kz`;
      organization = this.admin
        .data<{ createOrganization: { id: string } }>('mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', {
          input: {
            name: `Портал матрицасы ${regionCode}`,
            kind: 'INITIATIVE_GROUP',
            regionCode,
            directions: ['BILIM'],
            confirmNotDuplicate: true,
            contactPeople: [{ name: 'Әлия Портал', emails: [email], emailConsent: true }],
          },
        })
        .then((result) => ({ id: result.createOrganization.id, email }));
      this.organizations.set(regionCode, organization);
    }
    return organization;
  }

  /** A new link for the region's consenting contact, and a client acting through it. */
  async portalLink(regionCode: string): Promise<{ linkId: string; client: GraphQLTestClient }> {
    const organization = await this.consentingOrganization(regionCode);
    const issued = await this.admin.data<{ issueOrganizationPortalLink: { url: string; link: { id: string } } }>(
      'mutation($input: IssueOrganizationPortalLinkInput!) { issueOrganizationPortalLink(input: $input) { url link { id } } }',
      { input: { organizationId: organization.id, contactEmail: organization.email } },
    );
    const token = decodeURIComponent(new URL(issued.issueOrganizationPortalLink.url.replace('#/portal', 'portal')).searchParams.get('token') ?? '');
    return {
      linkId: issued.issueOrganizationPortalLink.link.id,
      client: new GraphQLTestClient(this.gatewayUrl, { unsigned: true, headers: { authorization: `Portal ${token}` } }),
    };
  }

  /** A pending profile change the region's contact proposed through a link of their own. */
  async profileProposal(regionCode: string): Promise<string> {
    const { client } = await this.portalLink(regionCode);
    const proposed = await client.data<{ organizationPortalProposeProfileChange: { id: string } }>(
      'mutation($input: ProposeProfileChangeInput!) { organizationPortalProposeProfileChange(input: $input) { id } }',
      { input: { volunteerCount: 7, note: 'Матрица' } },
    );
    return proposed.organizationPortalProposeProfileChange.id;
  }
}
