import { assertRegionWrite, byKeys, ValidationError, type ConnectionShape, type EventBus, type FieldError, type LoaderRegistry } from '@birge/server-kit';
import type { Direction, Identity, SponsorKind } from '@birge/shared-reference';
import type { DataSource, EntityManager } from 'typeorm';
import { checkContacts, checkName, text } from './directory-rules';
import { checkPlace, contactPointsOf, contactsAfterUpdate, ENTRY_COLUMNS, nameSearch, publishEntryChanged, type EntryRow } from './directory-entry';
import { entriesById, insertEntry, lockEntryForUpdate, pageOfEntries, updateEntry, type DirectoryTable } from './directory-table';
import type { CreateSponsorInput, SponsorFilter, UpdateSponsorInput } from './directory.inputs';
import type { Sponsor } from './sponsor.type';

const COLUMNS = `id, kind, region_code AS "regionCode", name, directions, writes_recommendation_letters AS "writesRecommendationLetters", ${ENTRY_COLUMNS}`;
const SPONSORS: DirectoryTable = { table: 'registry.sponsor', columns: COLUMNS, typename: 'Sponsor', label: 'sponsor' };

interface SponsorRow extends EntryRow {
  kind: SponsorKind;
  name: string;
  directions: Direction[];
  writesRecommendationLetters: boolean;
}

const toSponsor = (row: SponsorRow): Sponsor => ({ ...row, contactPoints: contactPointsOf(row) });

/** A sponsor's own columns as stored, beside the directory's (its region is set once, at creation). */
function ownColumns(sponsor: Pick<CreateSponsorInput, 'kind' | 'directions' | 'writesRecommendationLetters'>, name: string) {
  return {
    kind: sponsor.kind,
    name,
    directions: [...new Set(sponsor.directions ?? [])],
    writes_recommendation_letters: sponsor.writesRecommendationLetters ?? false,
  };
}

/** Sponsors and partners: a region's are kept by its office, the whole country's by the republican office. */
export class SponsorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
  ) {}

  async create(input: CreateSponsorInput, identity: Identity | null): Promise<Sponsor> {
    const regionCode = text(input.regionCode);
    const actor = assertRegionWrite(identity, regionCode, 'registry', regionCode ? `the directory of region ${regionCode}` : 'the sponsors of the whole country');
    const errors: FieldError[] = [];
    const name = checkName(input.name, 'name', errors);
    const contacts = checkContacts(input, errors);
    return this.dataSource.transaction(async (manager) => {
      if (regionCode) await checkPlace(manager, regionCode, null, errors);
      if (errors.length) throw new ValidationError(errors);
      const row = await insertEntry<SponsorRow>(manager, SPONSORS, { region_code: regionCode, ...ownColumns(input, name) }, contacts, actor.userId);
      await this.published(manager, row);
      return toSponsor(row);
    });
  }

  update(input: UpdateSponsorInput, identity: Identity | null): Promise<Sponsor> {
    return this.dataSource.transaction(async (manager) => {
      const { current, actor } = await lockEntryForUpdate<SponsorRow>(manager, SPONSORS, input, identity);
      const errors: FieldError[] = [];
      const name = input.name === undefined || input.name === null ? current.name : checkName(input.name, 'name', errors);
      const contacts = checkContacts(contactsAfterUpdate(current, input), errors);
      if (errors.length) throw new ValidationError(errors);
      const archived = input.archived ?? current.archivedAt !== null;
      const own = ownColumns(
        {
          kind: input.kind ?? current.kind,
          directions: input.directions ?? current.directions,
          writesRecommendationLetters: input.writesRecommendationLetters ?? current.writesRecommendationLetters,
        },
        name,
      );
      const row = await updateEntry<SponsorRow>(manager, SPONSORS, current.id, { own, contacts, archived, userId: actor.userId });
      await this.published(manager, row);
      return toSponsor(row);
    });
  }

  /** A page of sponsors by name; every signed-in caller reads every region's. */
  list(filter: SponsorFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<ConnectionShape<Sponsor>> {
    const f = filter ?? {};
    return pageOfEntries(this.dataSource, SPONSORS, {
      first,
      after,
      keyset: ['name', 'id'],
      where: (add) => {
        const conditions: string[] = [];
        if (f.regionCode) conditions.push(`(region_code = ${add(f.regionCode)} OR region_code IS NULL)`);
        if (f.kind) conditions.push(`kind = ${add(f.kind)}`);
        if (f.direction) conditions.push(`(directions = '{}' OR ${add(f.direction)} = ANY(directions))`);
        if (f.writesRecommendationLetters !== undefined && f.writesRecommendationLetters !== null) {
          conditions.push(`writes_recommendation_letters = ${add(f.writesRecommendationLetters)}`);
        }
        if (!f.includeArchived) conditions.push('archived_at IS NULL');
        return [...conditions, ...nameSearch(f.search, ['name'], add)];
      },
      toNode: toSponsor,
      cursorOf: (s) => [s.name, s.id],
    });
  }

  loader(loaders: LoaderRegistry) {
    return loaders.get<string, Sponsor | null>('sponsor.byId', async (ids) => {
      const rows = await entriesById<SponsorRow>(this.dataSource, SPONSORS, ids);
      return byKeys(ids, rows.map(toSponsor), (sponsor) => sponsor.id);
    });
  }

  private published(manager: EntityManager, row: SponsorRow): Promise<void> {
    return publishEntryChanged(this.events, manager, 'SPONSOR', row, { kk: row.name, ru: row.name, en: row.name });
  }
}
