import { CreateAnalytics1764060000000 } from './1764060000000-CreateAnalytics';
import { ContactCoverage1764080000000 } from './1764080000000-ContactCoverage';
import { NeedsRegister1765100000000 } from './1765100000000-NeedsRegister';
import { FactVersions1765200000000 } from './1765200000000-FactVersions';
import { OrganizationVerification1765220000000 } from './1765220000000-OrganizationVerification';
import { FeedbackChannel1765300000000 } from './1765300000000-FeedbackChannel';
import { InsightFacts1765450000000 } from './1765450000000-InsightFacts';
import { RegionFigures1765460000000 } from './1765460000000-RegionFigures';
import { RequestMonthFigures1765470000000 } from './1765470000000-RequestMonthFigures';
import { RequestFactCoveringIndex1765480000000 } from './1765480000000-RequestFactCoveringIndex';
import { PeriodicReports1765410000000 } from './1765410000000-PeriodicReports';

/** Every migration of the analytics schema, oldest first. */
export const analyticsMigrations = [
  CreateAnalytics1764060000000,
  ContactCoverage1764080000000,
  NeedsRegister1765100000000,
  FactVersions1765200000000,
  OrganizationVerification1765220000000,
  FeedbackChannel1765300000000,
  PeriodicReports1765410000000,
  InsightFacts1765450000000,
  RegionFigures1765460000000,
  RequestMonthFigures1765470000000,
  RequestFactCoveringIndex1765480000000,
];
