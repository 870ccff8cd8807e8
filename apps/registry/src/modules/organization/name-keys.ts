import { duplicateKeyOfSearchKey, nameSearchKey } from '@birge/shared-reference';
import type { OrganizationEntity } from './organization.entity';

/**
 * The keys search and duplicate detection use: every name a record has, folded to Latin
 * (nameSearchKey), joined by " | "; a name, search key or duplicate key met twice counts once, in
 * the order of first meeting; an empty duplicate key (a name of legal-form words only) adds nothing.
 */
export function nameKeysOf(names: readonly (string | null | undefined)[]): { searchKey: string; duplicateKey: string } {
  const searchKeys: string[] = [];
  const duplicateKeys: string[] = [];
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    // A name given again (the Kazakh name is often the name itself) adds no key.
    if (!name || names.indexOf(name) < i) continue;
    const search = nameSearchKey(name);
    if (searchKeys.includes(search)) continue;
    searchKeys.push(search);
    const duplicate = duplicateKeyOfSearchKey(search);
    if (duplicate && !duplicateKeys.includes(duplicate)) duplicateKeys.push(duplicate);
  }
  return { searchKey: searchKeys.join(' | '), duplicateKey: duplicateKeys.join(' | ') };
}

/** The keys search and duplicate detection use: every name the record has, folded to Latin. */
export function nameKeys(entity: Pick<OrganizationEntity, 'name' | 'nameKk' | 'nameRu' | 'nameLatin'>): { searchKey: string; duplicateKey: string } {
  return nameKeysOf([entity.name, entity.nameKk, entity.nameRu, entity.nameLatin]);
}
