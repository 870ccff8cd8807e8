import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { createAuthFetch } from '../auth/auth-fetch';
import type { SessionStore } from '../auth/session-store';

/**
 * The cache the app and the component tests share, so pagination merges the same way in both.
 * Connections are keyed by their filter arguments; `after` and `first` only pick a page.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Region: { keyFields: ['code'] },
      District: { keyFields: ['code'] },
      Query: {
        fields: {
          organizations: relayStylePagination(['filter', 'orderBy']),
          notifications: relayStylePagination(['filter']),
          assistanceRequests: relayStylePagination(['filter']),
          trainings: relayStylePagination(['filter']),
          bookings: relayStylePagination(['filter']),
          staffAccounts: relayStylePagination(['filter']),
          apiKeys: relayStylePagination(['activeOnly']),
          auditLog: relayStylePagination(['filter']),
          feedbackThreads: relayStylePagination(['filter']),
          needs: relayStylePagination(['filter']),
          reportForms: relayStylePagination(['filter']),
          reports: relayStylePagination(['filter']),
          guides: relayStylePagination(['filter']),
        },
      },
      // A thread's messages page oldest first; the thread page loads more under the first.
      FeedbackThread: { fields: { messages: relayStylePagination(), links: { merge: false } } },
      Organization: {
        fields: {
          assistanceRequests: relayStylePagination(['filter']),
          bookings: relayStylePagination(),
          trainings: relayStylePagination(),
          contacts: relayStylePagination(),
          // Lists of value objects without ids: an edit replaces them as a whole.
          contactPeople: { merge: false },
          possibleDuplicates: { merge: false },
        },
      },
      // The verification and the coverage are value objects of their organization and region: the
      // profile and the evidence download, the regions list and the region page ask for different fields.
      Verification: { merge: true, fields: { checks: { merge: false }, history: { merge: false } } },
      VerificationCheck: { fields: { evidence: { merge: false } } },
      RegionCoverage: { merge: true, fields: { districts: { merge: false } } },
      // Timeline entries, referrals and attachments belong to their request: replace, never merge.
      AssistanceRequest: {
        fields: {
          timeline: { merge: false },
          referrals: { merge: false },
          attachments: { merge: false },
          guides: { merge: false },
          suggestedGuides: { merge: false },
        },
      },
      // A guide's versions are its own; a new version replaces the list.
      Guide: { fields: { versions: { merge: false } } },
      Training: { fields: { registrations: { merge: false } } },
      // A need's history and thread belong to it: replace, never merge. Its evidence is a value object.
      Need: { fields: { statusHistory: { merge: false }, comments: { merge: false } } },
      NeedEvidence: { merge: true },
      // A report's answers, history and thread and a form's sections, fields and versions belong to them: replace, never merge.
      Report: { fields: { answers: { merge: false }, sections: { merge: false }, fields: { merge: false }, history: { merge: false }, comments: { merge: false } } },
      ReportForm: { fields: { sections: { merge: false }, fields: { merge: false }, versions: { merge: false }, regionCodes: { merge: false } } },
      ReportLabel: { merge: true },
      // Value objects without ids: the page and the organization list ask for different fields of them.
      AssistanceOutcome: { merge: true },
      AssistanceRating: { merge: true },
    },
  });
}

/** With a session store, every request carries its access token, renewed as needed. */
export function createApolloClient(uri = '/graphql', store?: SessionStore): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, ...(store ? { fetch: createAuthFetch(store) } : {}) }),
    cache: createCache(),
  });
}
