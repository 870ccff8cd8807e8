import { CreateAssistance1764050100000 } from './1764050100000-CreateAssistance';
import { RequestWorkflow1764300000000 } from './1764300000000-RequestWorkflow';
import { PremisesBookings1764300100000 } from './1764300100000-PremisesBookings';
import { Trainings1764400000000 } from './1764400000000-Trainings';
import { OrganizationMerges1764400100000 } from './1764400100000-OrganizationMerges';
import { TimelineOrder1764600000000 } from './1764600000000-TimelineOrder';
import { DirectoryAndProgrammes1766000100000 } from './1766000100000-DirectoryAndProgrammes';
import { JointEventsAndPublications1766200000000 } from './1766200000000-JointEventsAndPublications';
import { Guides1766000400000 } from './1766000400000-Guides';
import { RequestFeedIndex1766300000000 } from './1766300000000-RequestFeedIndex';

/** Every migration of the assistance schema, oldest first. */
export const assistanceMigrations = [
  CreateAssistance1764050100000,
  RequestWorkflow1764300000000,
  PremisesBookings1764300100000,
  Trainings1764400000000,
  OrganizationMerges1764400100000,
  TimelineOrder1764600000000,
  DirectoryAndProgrammes1766000100000,
  JointEventsAndPublications1766200000000,
  Guides1766000400000,
  RequestFeedIndex1766300000000,
];
