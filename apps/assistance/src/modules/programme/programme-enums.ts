import { graphqlEnum, type EnumValue } from '@birge/server-kit';
import { Direction, OrganizationKind } from '@birge/shared-reference';

/** Who funds a programme: a sponsor or a state body of the registry's directory, or one named in text. */
export const FunderKind = graphqlEnum('FunderKind', 'A sponsor or a state body of the directory, or another funder named in text.', ['SPONSOR', 'STATE_BODY', 'OTHER']);
export type FunderKind = EnumValue<typeof FunderKind>;

export { Direction, OrganizationKind };
