import { CreateRegistry1764050000000 } from './1764050000000-CreateRegistry';
import { OrganizationProfile1764070000000 } from './1764070000000-OrganizationProfile';
import { ContactLog1764080000000 } from './1764080000000-ContactLog';
import { Verification1764090000000 } from './1764090000000-Verification';
import { Duplicates1764100000000 } from './1764100000000-Duplicates';
import { Search1764110000000 } from './1764110000000-Search';
import { EditableDistricts1764120000000 } from './1764120000000-EditableDistricts';
import { FacetCounts1764130000000 } from './1764130000000-FacetCounts';
import { DuplicateKeyWithoutIndex1764140000000 } from './1764140000000-DuplicateKeyWithoutIndex';
import { ImportIndexes1764700000000 } from './1764700000000-ImportIndexes';
import { FacetDeltasByGroupingSets1764800000000 } from './1764800000000-FacetDeltasByGroupingSets';
import { NoticeSweep1765500000000 } from './1765500000000-NoticeSweep';
import { Directory1766000000000 } from './1766000000000-Directory';
import { CooperationIntroductions1766300000000 } from './1766300000000-CooperationIntroductions';
import { VerificationLetterWriter1766450000000 } from './1766450000000-VerificationLetterWriter';
import { OrganizationPortal1766100000000 } from './1766100000000-OrganizationPortal';

/** Every migration of the registry schema, oldest first. */
export const registryMigrations = [
  CreateRegistry1764050000000,
  OrganizationProfile1764070000000,
  ContactLog1764080000000,
  Verification1764090000000,
  Duplicates1764100000000,
  Search1764110000000,
  EditableDistricts1764120000000,
  FacetCounts1764130000000,
  DuplicateKeyWithoutIndex1764140000000,
  ImportIndexes1764700000000,
  FacetDeltasByGroupingSets1764800000000,
  NoticeSweep1765500000000,
  Directory1766000000000,
  OrganizationPortal1766100000000,
  CooperationIntroductions1766300000000,
  VerificationLetterWriter1766450000000,
];
