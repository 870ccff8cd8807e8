import { ASSUMED_ATTACHED_ITEMS, ASSUMED_HISTORY_LENGTH, ListSize, PersonalData, RegionRestricted, requireIdentity } from '@birge/server-kit';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RegistryContext } from '../../registry.context';
import { Organization } from '../organization/organization.type';
import { DecideVerificationInput, RecordVerificationCheckInput, UpdateVerificationCheckInput } from './dto/verification.inputs';
import { VerificationStatus } from './verification-enums';
import { EvidenceFile, Verification, VerificationCheck, VerificationHistoryEntry } from './verification.types';

@Resolver(() => Verification)
export class VerificationResolver {
  @Authorized()
  @Mutation(() => VerificationCheck, {
    description:
      "Records a verification check with its evidence files; the organization's status follows the rule on VerificationStatus. " +
      'Wrong fields and bad files come back as BAD_USER_INPUT with extensions.fields; nothing is stored then, nor after a refusal. ' +
      "Who may: republican administrators, the organization's own region's staff (others FORBIDDEN, OTHER_REGION), partners with registry:write; analysts never (READ_ONLY_ROLE).",
  })
  recordVerificationCheck(
    @Arg('input', () => RecordVerificationCheckInput, { description: 'The check and its evidence.' }) input: RecordVerificationCheckInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<VerificationCheck> {
    return ctx.services.verification.recordCheck(input, requireIdentity(ctx));
  }

  @Authorized()
  @Mutation(() => VerificationCheck, { description: 'Gives a check a new outcome (and optionally notes and more evidence). Who may: as for recordVerificationCheck.' })
  updateVerificationCheck(
    @Arg('input', () => UpdateVerificationCheckInput, { description: 'The check and its new outcome.' }) input: UpdateVerificationCheckInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<VerificationCheck> {
    return ctx.services.verification.updateCheck(input, requireIdentity(ctx));
  }

  @Authorized()
  @Mutation(() => Verification, { description: 'An explicit decision (VERIFIED or REJECTED) with a reason; kept in the history. Who may: as for recordVerificationCheck.' })
  decideVerification(
    @Arg('input', () => DecideVerificationInput, { description: 'The decision and its reason.' }) input: DecideVerificationInput,
    @Ctx() ctx: RegistryContext,
  ): Promise<Verification> {
    return ctx.services.verification.decide(input, requireIdentity(ctx));
  }

  @ListSize(ASSUMED_HISTORY_LENGTH)
  @FieldResolver(() => [VerificationCheck], { description: 'Every check, newest first.' })
  checks(@Root() verification: Verification, @Ctx() ctx: RegistryContext): Promise<VerificationCheck[]> {
    return ctx.services.verification.checksLoader(ctx.loaders).load(verification.organizationId);
  }

  @ListSize(ASSUMED_HISTORY_LENGTH)
  @FieldResolver(() => [VerificationHistoryEntry], { description: 'Every change of the verification, newest first.' })
  history(@Root() verification: Verification, @Ctx() ctx: RegistryContext): Promise<VerificationHistoryEntry[]> {
    return ctx.services.verification.historyLoader(ctx.loaders).load(verification.organizationId);
  }
}

@Resolver(() => VerificationCheck)
export class VerificationCheckResolver {
  @RegionRestricted('evidenceHidden')
  @ListSize(ASSUMED_ATTACHED_ITEMS)
  @FieldResolver(() => [EvidenceFile], { nullable: true, description: "The evidence files of this check. Null for another region's staff, with evidenceHidden saying why." })
  evidence(@Root() check: VerificationCheck, @Ctx() ctx: RegistryContext): Promise<EvidenceFile[] | null> {
    return ctx.services.verification.evidenceLoader(ctx.loaders).load(check.id);
  }
}

@Resolver(() => EvidenceFile)
export class EvidenceFileResolver {
  @PersonalData()
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Personal data (evidence is about people). The file content, base64. Ask for it only when opening the file. Null when personalDataHidden is set.',
  })
  contentBase64(@Root() file: EvidenceFile, @Ctx() ctx: RegistryContext): Promise<string | null> {
    return ctx.services.verification.content(file);
  }
}

@Resolver(() => Organization)
export class OrganizationVerificationResolver {
  @FieldResolver(() => VerificationStatus, { description: 'The verification status (see VerificationStatus for the rule).' })
  verificationStatus(@Root() organization: Organization, @Ctx() ctx: RegistryContext): VerificationStatus {
    return ctx.services.verification.view(organization.id, organization.storedVerificationStatus, organization.verifiedAt).status;
  }

  @FieldResolver(() => Verification, { description: 'Verification: status, checks with evidence, decisions and history.' })
  verification(@Root() organization: Organization, @Ctx() ctx: RegistryContext): Verification {
    return ctx.services.verification.view(organization.id, organization.storedVerificationStatus, organization.verifiedAt);
  }
}
