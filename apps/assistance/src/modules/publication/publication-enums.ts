import { registerEnumType } from 'type-graphql';

/** Where a publication of the log came from. */
export enum PublicationSource {
  MANUAL = 'MANUAL',
  REQUEST_OUTCOME = 'REQUEST_OUTCOME',
}

registerEnumType(PublicationSource, {
  name: 'PublicationSource',
  description: 'Entered by the office on its own, or made from a request resolved with a publication (PUBLICATION_MADE).',
});
