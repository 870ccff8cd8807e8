import { scopeAllows } from './api-scopes';
import type { LocalizedText } from './locale';
import { Role, type Identity } from './roles';
import { enumOf, type EnumValue } from './enum-of';

/**
 * Why something is withheld from a caller. Subgraphs return it beside a null (personal data,
 * another region's records) and in FORBIDDEN errors, so a client can tell the person why.
 */
export const AccessRestriction = enumOf([
  /** The caller did not sign in. */
  'SIGN_IN_REQUIRED',
  /** Analysts and partners never see people's names, phones, emails or birth dates. */
  'PERSONAL_DATA_HIDDEN_FOR_ROLE',
  /** The record belongs to a region other than the staff member's own. */
  'OTHER_REGION',
  /** The caller's role only reads (analysts; partners without a write scope). */
  'READ_ONLY_ROLE',
  /** The partner's API key lacks the scope for this subgraph. */
  'MISSING_SCOPE',
  /** Only a republican administrator may do this. */
  'ADMIN_ONLY',
  /** An organization's portal link reaches only that organization's portal operations. */
  'ORGANIZATION_PORTAL_ONLY',
]);
export type AccessRestriction = EnumValue<typeof AccessRestriction>;

export const ACCESS_RESTRICTION_LABELS: Record<AccessRestriction, LocalizedText> = {
  [AccessRestriction.SIGN_IN_REQUIRED]: {
    kk: 'Жүйеге кіру қажет',
    ru: 'Нужно войти в систему',
    en: 'Sign in to see this',
  },
  [AccessRestriction.PERSONAL_DATA_HIDDEN_FOR_ROLE]: {
    kk: 'Дербес деректер сіздің рөліңіз үшін жасырылған',
    ru: 'Персональные данные скрыты для вашей роли',
    en: 'Personal data is hidden for your role',
  },
  [AccessRestriction.OTHER_REGION]: {
    kk: 'Басқа өңірдің жазбасы: тек жария деректер көрінеді',
    ru: 'Запись другого региона: видны только открытые данные',
    en: "Another region's record: only public data is shown",
  },
  [AccessRestriction.READ_ONLY_ROLE]: {
    kk: 'Сіздің рөліңіз тек оқуға рұқсат береді',
    ru: 'Ваша роль позволяет только чтение',
    en: 'Your role may only read',
  },
  [AccessRestriction.MISSING_SCOPE]: {
    kk: 'API кілтінде бұл үшін рұқсат (scope) жоқ',
    ru: 'У API-ключа нет разрешения (scope) на это',
    en: 'The API key has no scope for this',
  },
  [AccessRestriction.ADMIN_ONLY]: {
    kk: 'Мұны тек республикалық әкімші жасай алады',
    ru: 'Это может только республиканский администратор',
    en: 'Only a republican administrator may do this',
  },
  [AccessRestriction.ORGANIZATION_PORTAL_ONLY]: {
    kk: 'Ұйымның порталдық сілтемесі тек сол ұйымның порталына ашылады',
    ru: 'Ссылка портала организации открывает только портал этой организации',
    en: "An organization's portal link opens only that organization's portal",
  },
};

/** The subgraphs a partner scope can name (see API_KEY_SCOPES). */
export type ScopedSubgraph = 'registry' | 'assistance' | 'analytics';

/** Regional staff reach their own region only; a staff account without a region reaches none. */
function ownRegion(identity: Identity, regionCode: string | null): AccessRestriction | null {
  return identity.regionCode !== null && identity.regionCode === regionCode ? null : AccessRestriction.OTHER_REGION;
}

/**
 * May the caller read a region's operational records (assistance requests, contact log,
 * verification evidence, bookings, training participants)? Republican admins and analysts read
 * every region, regional staff only their own, partners every region with `<subgraph>:read`.
 * Returns why not, or null when allowed. Personal data inside is a separate question
 * (personalDataRestriction).
 */
export function regionReadRestriction(identity: Identity | null, regionCode: string | null, subgraph: ScopedSubgraph): AccessRestriction | null {
  if (!identity) return AccessRestriction.SIGN_IN_REQUIRED;
  switch (identity.role) {
    case Role.REPUBLICAN_ADMIN:
    case Role.ANALYST:
      return null;
    case Role.REGIONAL_STAFF:
      return ownRegion(identity, regionCode);
    case Role.PARTNER:
      return scopeAllows(identity.scopes ?? [], subgraph, 'read') ? null : AccessRestriction.MISSING_SCOPE;
    case Role.ORGANIZATION_CONTACT:
      return AccessRestriction.ORGANIZATION_PORTAL_ONLY;
  }
}

/**
 * May the caller see personal data (people's names, phones, emails, birth dates) of a record in
 * `regionCode`? Only republican admins and the region's own staff. Returns why not, or null.
 */
export function personalDataRestriction(identity: Identity | null, regionCode: string | null): AccessRestriction | null {
  if (!identity) return AccessRestriction.SIGN_IN_REQUIRED;
  switch (identity.role) {
    case Role.REPUBLICAN_ADMIN:
      return null;
    case Role.REGIONAL_STAFF:
      return ownRegion(identity, regionCode);
    case Role.ANALYST:
    case Role.PARTNER:
      return AccessRestriction.PERSONAL_DATA_HIDDEN_FOR_ROLE;
    case Role.ORGANIZATION_CONTACT:
      return AccessRestriction.ORGANIZATION_PORTAL_ONLY;
  }
}

/**
 * May the caller change a region's records? Republican admins anywhere, regional staff in their
 * own region, partners with `<subgraph>:write`; analysts never. Returns why not, or null.
 */
export function regionWriteRestriction(identity: Identity | null, regionCode: string | null, subgraph: ScopedSubgraph): AccessRestriction | null {
  if (!identity) return AccessRestriction.SIGN_IN_REQUIRED;
  switch (identity.role) {
    case Role.REPUBLICAN_ADMIN:
      return null;
    case Role.REGIONAL_STAFF:
      return ownRegion(identity, regionCode);
    case Role.ANALYST:
      return AccessRestriction.READ_ONLY_ROLE;
    case Role.PARTNER:
      return scopeAllows(identity.scopes ?? [], subgraph, 'write') ? null : AccessRestriction.READ_ONLY_ROLE;
    case Role.ORGANIZATION_CONTACT:
      return AccessRestriction.ORGANIZATION_PORTAL_ONLY;
  }
}

/**
 * May the caller administer the republic's reference data (districts)? Republican admins only:
 * analysts hear that their role only reads, partners that no scope of a key reaches it (even a
 * write scope), regional staff that only an administrator may. Returns why not, or null.
 */
export function adminRestriction(identity: Identity | null): AccessRestriction | null {
  if (!identity) return AccessRestriction.SIGN_IN_REQUIRED;
  switch (identity.role) {
    case Role.REPUBLICAN_ADMIN:
      return null;
    case Role.REGIONAL_STAFF:
      return AccessRestriction.ADMIN_ONLY;
    case Role.ANALYST:
      return AccessRestriction.READ_ONLY_ROLE;
    case Role.PARTNER:
      return AccessRestriction.MISSING_SCOPE;
    case Role.ORGANIZATION_CONTACT:
      return AccessRestriction.ORGANIZATION_PORTAL_ONLY;
  }
}

/**
 * The regions whose operational records a list may show the caller without a region filter:
 * every region ('ALL') or just the staff member's own. Lists of restricted records narrow to
 * these; an explicit filter on another region is refused rather than silently emptied.
 */
export function readableRegions(identity: Identity | null): 'ALL' | string[] {
  if (!identity || identity.role === Role.ORGANIZATION_CONTACT) return [];
  if (identity.role === Role.REGIONAL_STAFF) return identity.regionCode ? [identity.regionCode] : [];
  return 'ALL';
}
