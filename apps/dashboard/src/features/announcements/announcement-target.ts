import type { AnnouncementTargetInput, Direction, OrganizationKind, VerificationStatus } from '../../gql/graphql';

/** What the composer's target controls hold. */
export interface TargetForm {
  regionCode: string;
  directions: Direction[];
  organizationKinds: OrganizationKind[];
  verificationStatuses: VerificationStatus[];
}

export const EMPTY_TARGET: TargetForm = { regionCode: '', directions: [], organizationKinds: [], verificationStatuses: [] };

/** The API's target: only what is chosen (an empty list means any). */
export function targetInputOf(form: TargetForm): AnnouncementTargetInput {
  const input: AnnouncementTargetInput = {};
  if (form.regionCode) input.regionCodes = [form.regionCode];
  if (form.directions.length) input.directions = form.directions;
  if (form.organizationKinds.length) input.organizationKinds = form.organizationKinds;
  if (form.verificationStatuses.length) input.verificationStatuses = form.verificationStatuses;
  return input;
}

/** Ticks or unticks one value of a list. */
export function toggle<T>(values: readonly T[], value: T, on: boolean): T[] {
  return on ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value);
}
