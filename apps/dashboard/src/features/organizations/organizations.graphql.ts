import { graphql } from '../../gql';

export const ORGANIZATIONS_PAGE_SIZE = 20;

export const OrganizationsQuery = graphql(`
  query Organizations($filter: OrganizationFilter, $orderBy: OrganizationOrder, $first: Int, $after: String) {
    organizations(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          name
          nameKk
          nameRu
          nameLatin
          kind
          directions
          status
          verificationStatus
          createdAt
          region {
            code
            name {
              kk
              ru
              en
            }
          }
          district {
            code
            name {
              kk
              ru
              en
            }
          }
        }
      }
    }
  }
`);

/**
 * Counts for every filter option. Each dimension that is filtered on is counted again without its
 * own filter (aliases skipped with @include otherwise), so the other values of that dimension keep
 * their counts and the person can switch between them; one request either way.
 */
export const OrganizationFacetsQuery = graphql(`
  query OrganizationFacets(
    $filter: OrganizationFilter
    $withoutRegion: OrganizationFilter
    $byRegion: Boolean!
    $withoutDistrict: OrganizationFilter
    $byDistrict: Boolean!
    $withoutKind: OrganizationFilter
    $byKind: Boolean!
    $withoutDirection: OrganizationFilter
    $byDirection: Boolean!
    $withoutCategory: OrganizationFilter
    $byCategory: Boolean!
    $withoutMode: OrganizationFilter
    $byMode: Boolean!
    $withoutStatus: OrganizationFilter
    $byStatus: Boolean!
    $withoutVerification: OrganizationFilter
    $byVerification: Boolean!
    $withoutContact: OrganizationFilter
    $byContact: Boolean!
  ) {
    all: organizationFacets(filter: $filter) {
      total
      regions {
        value
        count
      }
      districts {
        value
        count
      }
      kinds {
        value
        count
      }
      directions {
        value
        count
      }
      categories {
        value
        count
      }
      modes {
        value
        count
      }
      statuses {
        value
        count
      }
      verificationStatuses {
        value
        count
      }
      contact {
        value
        count
      }
    }
    regionFacets: organizationFacets(filter: $withoutRegion) @include(if: $byRegion) {
      regions {
        value
        count
      }
    }
    districtFacets: organizationFacets(filter: $withoutDistrict) @include(if: $byDistrict) {
      districts {
        value
        count
      }
    }
    kindFacets: organizationFacets(filter: $withoutKind) @include(if: $byKind) {
      kinds {
        value
        count
      }
    }
    directionFacets: organizationFacets(filter: $withoutDirection) @include(if: $byDirection) {
      directions {
        value
        count
      }
    }
    categoryFacets: organizationFacets(filter: $withoutCategory) @include(if: $byCategory) {
      categories {
        value
        count
      }
    }
    modeFacets: organizationFacets(filter: $withoutMode) @include(if: $byMode) {
      modes {
        value
        count
      }
    }
    statusFacets: organizationFacets(filter: $withoutStatus) @include(if: $byStatus) {
      statuses {
        value
        count
      }
    }
    verificationFacets: organizationFacets(filter: $withoutVerification) @include(if: $byVerification) {
      verificationStatuses {
        value
        count
      }
    }
    contactFacets: organizationFacets(filter: $withoutContact) @include(if: $byContact) {
      contact {
        value
        count
      }
    }
  }
`);
