import { graphql } from '../../gql';

export const ANNOUNCEMENTS_PAGE_SIZE = 20;

export const AnnouncementFieldsFragment = graphql(`
  fragment AnnouncementFields on Announcement {
    id
    topic
    language
    title
    body
    link
    status
    scheduledAt
    sentAt
    createdAt
    ownerRegionCode
    version
    target {
      regionCodes
      districtCodes
      directions
      organizationKinds
      verificationStatuses
    }
    figures {
      audience
      sent
      failed
      pending
      unsubscribed
      staffNotified
    }
  }
`);

export const AnnouncementsQuery = graphql(`
  query Announcements($first: Int, $after: String) {
    announcements(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        node {
          ...AnnouncementFields
        }
      }
    }
  }
`);

export const AnnouncementAudienceQuery = graphql(`
  query AnnouncementAudience($target: AnnouncementTargetInput!) {
    announcementAudience(target: $target) {
      organizations
      reachableOrganizations
      emails
      unsubscribed
      staff
    }
  }
`);

export const CreateAnnouncementMutation = graphql(`
  mutation CreateAnnouncement($input: CreateAnnouncementInput!) {
    createAnnouncement(input: $input) {
      ...AnnouncementFields
    }
  }
`);

export const SendAnnouncementMutation = graphql(`
  mutation SendAnnouncement($id: ID!) {
    sendAnnouncement(id: $id) {
      ...AnnouncementFields
    }
  }
`);

export const CancelAnnouncementMutation = graphql(`
  mutation CancelAnnouncement($id: ID!) {
    cancelAnnouncement(id: $id) {
      ...AnnouncementFields
    }
  }
`);

export const UnsubscribeMutation = graphql(`
  mutation UnsubscribeFromAnnouncements($token: String!) {
    unsubscribeFromAnnouncements(token: $token)
  }
`);
