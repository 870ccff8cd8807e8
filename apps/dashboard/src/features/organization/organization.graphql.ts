import { graphql } from '../../gql';

export const REQUESTS_PAGE_SIZE = 20;
export const CONTACTS_PAGE_SIZE = 20;

/** The profile's variables: its first pages of requests and contacts. */
export const organizationPageVariables = (id: string) => ({ id, requestsFirst: REQUESTS_PAGE_SIZE, contactsFirst: CONTACTS_PAGE_SIZE });

/** Everything the profile shows; contacts and requests page on their own cursors. */
export const OrganizationPageQuery = graphql(`
  query OrganizationPage($id: ID!, $requestsFirst: Int, $requestsAfter: String, $contactsFirst: Int, $contactsAfter: String) {
    organization(id: $id) {
      ...OrganizationProfileFields
      createdAt
      createdBy
      updatedAt
      updatedBy
      verificationStatus
      verification {
        status
        verifiedAt
        reverificationDueAt
        checks {
          id
          method
          outcome
          notes
          personalDataHidden
          checkedBy
          checkedAt
          evidenceHidden
          letterFrom {
            ... on Sponsor {
              id
              name
            }
            ... on StateBody {
              id
              bodyName: name {
                kk
                ru
                en
              }
            }
          }
          evidence {
            id
            fileName
            mimeType
            sizeBytes
            sha256
            uploadedAt
            personalDataHidden
          }
        }
        history {
          kind
          decision
          reason
          personalDataHidden
          statusBefore
          statusAfter
          actor
          at
        }
      }
      contactsHidden
      contacts(first: $contactsFirst, after: $contactsAfter) {
        totalCount
        pageInfo {
          ...PageInfoFields
        }
        edges {
          cursor
          node {
            id
            kind
            occurredOn
            staffUserId
            notes
            personalDataHidden
            toldAboutOffer
            createdAt
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
      possibleDuplicates {
        similarity
        organization {
          id
          name
          kind
          bin
          qazvolunteerId
          version
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
        kind
        name {
          kk
          ru
          en
        }
      }
      assistanceRequests(first: $requestsFirst, after: $requestsAfter) {
        totalCount
        withheld
        pageInfo {
          ...PageInfoFields
        }
        edges {
          cursor
          node {
            ...AssistanceRequestSummaryFields
            outcome {
              result
              link
              resolvedAt
            }
            rating {
              score
              comment
              personalDataHidden
            }
          }
        }
      }
      bookings(first: 20) {
        totalCount
        withheld
        edges {
          node {
            ...BookingSummaryFields
          }
        }
      }
      trainings(first: 20) {
        totalCount
        withheld
        edges {
          node {
            id
            status
            participants
            waitlistPosition
            attendance
            training {
              id
              topic
              startsAt
              venue
            }
          }
        }
      }
    }
  }
`);

export const SubmitAssistanceRequestMutation = graphql(`
  mutation SubmitAssistanceRequest($input: SubmitAssistanceRequestInput!) {
    submitAssistanceRequest(input: $input) {
      id
      type
      subtype
      status
      description
      createdAt
    }
  }
`);

export const LogContactMutation = graphql(`
  mutation LogContact($input: LogContactInput!) {
    logContact(input: $input) {
      id
      kind
      occurredOn
      staffUserId
      notes
      toldAboutOffer
      createdAt
      district {
        code
      }
    }
  }
`);

export const RecordVerificationCheckMutation = graphql(`
  mutation RecordVerificationCheck($input: RecordVerificationCheckInput!) {
    recordVerificationCheck(input: $input) {
      id
      method
      outcome
    }
  }
`);

export const UpdateVerificationCheckMutation = graphql(`
  mutation UpdateVerificationCheck($input: UpdateVerificationCheckInput!) {
    updateVerificationCheck(input: $input) {
      id
      method
      outcome
    }
  }
`);

export const DecideVerificationMutation = graphql(`
  mutation DecideVerification($input: DecideVerificationInput!) {
    decideVerification(input: $input) {
      status
    }
  }
`);

/** The content of evidence files, asked for only when a file is opened. */
export const EvidenceContentQuery = graphql(`
  query EvidenceContent($id: ID!) {
    organization(id: $id) {
      id
      verification {
        checks {
          id
          evidence {
            id
            fileName
            mimeType
            contentBase64
          }
        }
      }
    }
  }
`);

export const MergeOrganizationsMutation = graphql(`
  mutation MergeOrganizations($input: MergeOrganizationsInput!) {
    mergeOrganizations(input: $input) {
      id
      name
      version
    }
  }
`);
