/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          createdAt\n          read\n          region {\n            code\n            name {\n              kk\n              ru\n              en\n            }\n          }\n          organization {\n            id\n            name\n          }\n          assistanceRequest {\n            id\n            type\n            subtype\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      kind\n      directions\n      createdAt\n      version\n      region {\n        code\n      }\n      district {\n        code\n      }\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  query OrganizationPage($id: ID!, $requestsFirst: Int, $requestsAfter: String) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      directions\n      createdAt\n      version\n      region {\n        code\n        name {\n          kk\n          ru\n          en\n        }\n      }\n      district {\n        code\n        kind\n        name {\n          kk\n          ru\n          en\n        }\n      }\n      assistanceRequests(first: $requestsFirst, after: $requestsAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            type\n            subtype\n            status\n            description\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganizationPageDocument,
    "\n  mutation SubmitAssistanceRequest($input: SubmitAssistanceRequestInput!) {\n    submitAssistanceRequest(input: $input) {\n      id\n      type\n      subtype\n      status\n      description\n      createdAt\n    }\n  }\n": typeof types.SubmitAssistanceRequestDocument,
    "\n  query Organizations($filter: OrganizationFilter, $first: Int, $after: String) {\n    organizations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          directions\n          createdAt\n          region {\n            code\n            name {\n              kk\n              ru\n              en\n            }\n          }\n          district {\n            code\n            name {\n              kk\n              ru\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganizationsDocument,
    "\n  query NationalOverview {\n    nationalOverview {\n      organizationCount\n      openRequestCount\n      regions {\n        organizationCount\n        openRequestCount\n        region {\n          code\n          name {\n            kk\n            ru\n            en\n          }\n        }\n      }\n    }\n  }\n": typeof types.NationalOverviewDocument,
    "\n  query RegionOptions {\n    regions {\n      code\n      kind\n      name {\n        kk\n        ru\n        en\n      }\n      districts {\n        code\n        kind\n        name {\n          kk\n          ru\n          en\n        }\n      }\n    }\n  }\n": typeof types.RegionOptionsDocument,
    "\n  query RegionsPage {\n    regions {\n      code\n      kind\n      isoCode\n      name {\n        kk\n        ru\n        en\n      }\n      districts {\n        code\n      }\n      coverage {\n        districtCount\n        coveredDistrictCount\n      }\n    }\n  }\n": typeof types.RegionsPageDocument,
};
const documents: Documents = {
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          createdAt\n          read\n          region {\n            code\n            name {\n              kk\n              ru\n              en\n            }\n          }\n          organization {\n            id\n            name\n          }\n          assistanceRequest {\n            id\n            type\n            subtype\n            status\n          }\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      kind\n      directions\n      createdAt\n      version\n      region {\n        code\n      }\n      district {\n        code\n      }\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  query OrganizationPage($id: ID!, $requestsFirst: Int, $requestsAfter: String) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      directions\n      createdAt\n      version\n      region {\n        code\n        name {\n          kk\n          ru\n          en\n        }\n      }\n      district {\n        code\n        kind\n        name {\n          kk\n          ru\n          en\n        }\n      }\n      assistanceRequests(first: $requestsFirst, after: $requestsAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            type\n            subtype\n            status\n            description\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": types.OrganizationPageDocument,
    "\n  mutation SubmitAssistanceRequest($input: SubmitAssistanceRequestInput!) {\n    submitAssistanceRequest(input: $input) {\n      id\n      type\n      subtype\n      status\n      description\n      createdAt\n    }\n  }\n": types.SubmitAssistanceRequestDocument,
    "\n  query Organizations($filter: OrganizationFilter, $first: Int, $after: String) {\n    organizations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          directions\n          createdAt\n          region {\n            code\n            name {\n              kk\n              ru\n              en\n            }\n          }\n          district {\n            code\n            name {\n              kk\n              ru\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OrganizationsDocument,
    "\n  query NationalOverview {\n    nationalOverview {\n      organizationCount\n      openRequestCount\n      regions {\n        organizationCount\n        openRequestCount\n        region {\n          code\n          name {\n            kk\n            ru\n            en\n          }\n        }\n      }\n    }\n  }\n": types.NationalOverviewDocument,
    "\n  query RegionOptions {\n    regions {\n      code\n      kind\n      name {\n        kk\n        ru\n        en\n      }\n      districts {\n        code\n        kind\n        name {\n          kk\n          ru\n          en\n        }\n      }\n    }\n  }\n": types.RegionOptionsDocument,
    "\n  query RegionsPage {\n    regions {\n      code\n      kind\n      isoCode\n      name {\n        kk\n        ru\n        en\n      }\n      districts {\n        code\n      }\n      coverage {\n        districtCount\n        coveredDistrictCount\n      }\n    }\n  }\n": types.RegionsPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          createdAt\n          read\n          region {\n            code\n            name {\n              kk\n              ru\n              en\n            }\n          }\n          organization {\n            id\n            name\n          }\n          assistanceRequest {\n            id\n            type\n            subtype\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          createdAt\n          read\n          region {\n            code\n            name {\n              kk\n              ru\n              en\n            }\n          }\n          organization {\n            id\n            name\n          }\n          assistanceRequest {\n            id\n            type\n            subtype\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      read\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      kind\n      directions\n      createdAt\n      version\n      region {\n        code\n      }\n      district {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      kind\n      directions\n      createdAt\n      version\n      region {\n        code\n      }\n      district {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationPage($id: ID!, $requestsFirst: Int, $requestsAfter: String) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      directions\n      createdAt\n      version\n      region {\n        code\n        name {\n          kk\n          ru\n          en\n        }\n      }\n      district {\n        code\n        kind\n        name {\n          kk\n          ru\n          en\n        }\n      }\n      assistanceRequests(first: $requestsFirst, after: $requestsAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            type\n            subtype\n            status\n            description\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationPage($id: ID!, $requestsFirst: Int, $requestsAfter: String) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      directions\n      createdAt\n      version\n      region {\n        code\n        name {\n          kk\n          ru\n          en\n        }\n      }\n      district {\n        code\n        kind\n        name {\n          kk\n          ru\n          en\n        }\n      }\n      assistanceRequests(first: $requestsFirst, after: $requestsAfter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            type\n            subtype\n            status\n            description\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAssistanceRequest($input: SubmitAssistanceRequestInput!) {\n    submitAssistanceRequest(input: $input) {\n      id\n      type\n      subtype\n      status\n      description\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitAssistanceRequest($input: SubmitAssistanceRequestInput!) {\n    submitAssistanceRequest(input: $input) {\n      id\n      type\n      subtype\n      status\n      description\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations($filter: OrganizationFilter, $first: Int, $after: String) {\n    organizations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          directions\n          createdAt\n          region {\n            code\n            name {\n              kk\n              ru\n              en\n            }\n          }\n          district {\n            code\n            name {\n              kk\n              ru\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organizations($filter: OrganizationFilter, $first: Int, $after: String) {\n    organizations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          kind\n          directions\n          createdAt\n          region {\n            code\n            name {\n              kk\n              ru\n              en\n            }\n          }\n          district {\n            code\n            name {\n              kk\n              ru\n              en\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalOverview {\n    nationalOverview {\n      organizationCount\n      openRequestCount\n      regions {\n        organizationCount\n        openRequestCount\n        region {\n          code\n          name {\n            kk\n            ru\n            en\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NationalOverview {\n    nationalOverview {\n      organizationCount\n      openRequestCount\n      regions {\n        organizationCount\n        openRequestCount\n        region {\n          code\n          name {\n            kk\n            ru\n            en\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionOptions {\n    regions {\n      code\n      kind\n      name {\n        kk\n        ru\n        en\n      }\n      districts {\n        code\n        kind\n        name {\n          kk\n          ru\n          en\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionOptions {\n    regions {\n      code\n      kind\n      name {\n        kk\n        ru\n        en\n      }\n      districts {\n        code\n        kind\n        name {\n          kk\n          ru\n          en\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionsPage {\n    regions {\n      code\n      kind\n      isoCode\n      name {\n        kk\n        ru\n        en\n      }\n      districts {\n        code\n      }\n      coverage {\n        districtCount\n        coveredDistrictCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionsPage {\n    regions {\n      code\n      kind\n      isoCode\n      name {\n        kk\n        ru\n        en\n      }\n      districts {\n        code\n      }\n      coverage {\n        districtCount\n        coveredDistrictCount\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;