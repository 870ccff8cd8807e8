import { graphqlEnum, type EnumValue } from '@birge/server-kit';

/** Where a publication of the log came from. */
export const PublicationSource = graphqlEnum('PublicationSource', 'Entered by the office on its own, or made from a request resolved with a publication (PUBLICATION_MADE).', [
  'MANUAL',
  'REQUEST_OUTCOME',
]);
export type PublicationSource = EnumValue<typeof PublicationSource>;
