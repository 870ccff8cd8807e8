import { accessError, requireIdentity } from '@birge/server-kit';
import { AccessRestriction, regionWriteRestriction } from '@birge/shared-reference';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RegistryContext } from '../../registry.context';
import { ImportReport } from './import.types';

@Resolver(() => ImportReport)
export class ImportResolver {
  @Mutation(() => ImportReport, {
    description:
      'Imports organizations from CSV text (UTF-8; columns name, name_kk, name_ru, name_latin, kind, legal_form, bin, ' +
      'qazvolunteer_id, region_code, district_code, directions, categories, modes, description, volunteer_count, founded_on, ' +
      'status, contact_name, contact_role, contact_phones, contact_emails, contact_social_links; lists separated by ";"). ' +
      'All or nothing per file, with a report per line and column; re-importing updates by BIN or Qazvolunteer.kz ID and ' +
      'changes nothing when nothing changed. dryRun checks everything and writes nothing. Large files: the command line ' +
      'tool tools/registry-import.',
  })
  async importOrganizations(
    @Arg('csv', () => String, { description: 'The whole CSV file as text, UTF-8, with a header row.' }) csv: string,
    @Ctx() ctx: RegistryContext,
    @Arg('dryRun', () => Boolean, { nullable: true, description: 'True: check every row and report, write nothing.' }) dryRun?: boolean,
  ): Promise<ImportReport> {
    // Analysts and partners without registry:write import nothing; regional staff only their region's
    // rows and records, which the import checks row by row (a refusal there rolls the file back).
    const restriction = regionWriteRestriction(ctx.identity, null, 'registry');
    if (restriction !== null && restriction !== AccessRestriction.OTHER_REGION) throw accessError(restriction, 'importOrganizations');
    return ctx.services.imports.import(csv, requireIdentity(ctx), { dryRun: dryRun ?? false });
  }
}
