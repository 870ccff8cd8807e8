import type { Direction } from './directions';
import type { LegalForm, VolunteerCategory, VolunteeringMode } from './registry-vocabulary';

/**
 * What the analytics read model cuts organizations by besides kind and place: carried by the
 * registry's organization events (registered, updated, imported). Absent on events queued before
 * the registry sent it; `npm run analytics:rebuild` settles those organizations.
 */
export interface OrganizationProfileFacts {
  /** NGOs' legal form; null for the others. */
  legalForm: LegalForm | null;
  directions: Direction[];
  categories: VolunteerCategory[];
  modes: VolunteeringMode[];
}

/** The same, column-wise for an import batch (entry i is the batch's organization i). */
export interface OrganizationProfileColumns {
  legalForms: (LegalForm | null)[];
  directions: Direction[][];
  categories: VolunteerCategory[][];
  modes: VolunteeringMode[][];
}
