import { graphql } from '../../gql';

export const GUIDES_PAGE_SIZE = 20;

export const GuideFieldsFragment = graphql(`
  fragment GuideFields on Guide {
    id
    title
    description
    language
    subtypes
    directions
    ownerRegionCode
    latestVersionNumber
    version
    versions {
      id
      number
      note
      fileName
      mimeType
      sizeBytes
      createdAt
    }
  }
`);

export const GuidesQuery = graphql(`
  query Guides($filter: GuideFilter, $first: Int, $after: String) {
    guides(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...GuideFields
        }
      }
    }
  }
`);

export const GuideVersionContentQuery = graphql(`
  query GuideVersionContent($id: ID!) {
    guide(id: $id) {
      id
      versions {
        id
        contentBase64
      }
    }
  }
`);

export const CreateGuideMutation = graphql(`
  mutation CreateGuide($input: CreateGuideInput!) {
    createGuide(input: $input) {
      ...GuideFields
    }
  }
`);

export const AddGuideVersionMutation = graphql(`
  mutation AddGuideVersion($input: AddGuideVersionInput!) {
    addGuideVersion(input: $input) {
      ...GuideFields
    }
  }
`);

export const RequestGuidesQuery = graphql(`
  query RequestGuides($id: ID!) {
    assistanceRequest(id: $id) {
      id
      type
      region {
        code
      }
      guides {
        ...GuideFields
      }
      suggestedGuides {
        ...GuideFields
      }
    }
  }
`);

export const AttachGuideToRequestMutation = graphql(`
  mutation AttachGuideToRequest($input: RequestGuideInput!) {
    attachGuideToRequest(input: $input) {
      id
      guides {
        ...GuideFields
      }
    }
  }
`);

export const DetachGuideFromRequestMutation = graphql(`
  mutation DetachGuideFromRequest($input: RequestGuideInput!) {
    detachGuideFromRequest(input: $input) {
      id
      guides {
        ...GuideFields
      }
    }
  }
`);

export const AnnouncementGuidesQuery = graphql(`
  query AnnouncementGuides($id: ID!) {
    announcement(id: $id) {
      id
      version
      guides {
        ...GuideFields
      }
    }
  }
`);

export const GuideChoicesQuery = graphql(`
  query GuideChoices($first: Int) {
    guides(first: $first) {
      edges {
        node {
          id
          title
          language
        }
      }
    }
  }
`);

export const SetAnnouncementGuidesMutation = graphql(`
  mutation SetAnnouncementGuides($id: ID!, $version: Int!, $guideIds: [ID!]!) {
    setAnnouncementGuides(id: $id, version: $version, guideIds: $guideIds) {
      id
      version
      guides {
        ...GuideFields
      }
    }
  }
`);
