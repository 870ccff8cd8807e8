import { graphql } from '../../gql';

export const AUDIT_LOG_PAGE_SIZE = 50;

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          occurredAt
          service
          userId
          role
          region {
            code
            name {
              kk
              ru
              en
            }
          }
          keyId
          operation
          operationName
          targetIds
          outcome
          requestId
        }
      }
    }
  }
`);
