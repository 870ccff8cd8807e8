import type { StaffAccountEntity } from './staff-account.entity';
import type { StaffAccount } from './staff-account.type';
import type { StaffLanguage } from './staff-language.enum';
import type { StaffRole } from './staff-role.enum';

export function toStaffAccount(entity: StaffAccountEntity): StaffAccount {
  return {
    id: entity.id,
    email: entity.email,
    name: entity.name,
    role: entity.role as StaffRole,
    region: entity.regionCode ? { code: entity.regionCode } : null,
    language: entity.language as StaffLanguage,
    active: entity.active,
    createdAt: entity.createdAt,
    lastLoginAt: entity.lastLoginAt,
  };
}
