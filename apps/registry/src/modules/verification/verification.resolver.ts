import { requireIdentity } from '@birge/server-kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RegistryContext } from '../../registry.context';
import { Organization } from '../organization/organization.type';
import { DecideVerificationInput, RecordVerificationCheckInput, UpdateVerificationCheckInput } from './dto/verification.inputs';
import { VerificationStatus } from './verification-enums';
import { EvidenceFile, Verification, VerificationCheck, VerificationHistoryEntry } from './verification.types';

@Resolver(() => Verification)
export class VerificationResolver {
  @Mutation(() => VerificationCheck, {
    description:
      'Records a verification check with its evidence files; the organization\'s status follows the rule on VerificationStatus. ' +
      'Wrong fields and bad files come back as BAD_USER_INPUT with extensions.fields; nothing is stored then.',
  })
  recordVerificationCheck(@Arg('input', () => RecordVerificationCheckInput) input: RecordVerificationCheckInput, @Ctx() ctx: RegistryContext): Promise<VerificationCheck> {
    return ctx.services.verification.recordCheck(input, requireIdentity(ctx));
  }

  @Mutation(() => VerificationCheck, { description: 'Gives a check a new outcome (and optionally notes and more evidence).' })
  updateVerificationCheck(@Arg('input', () => UpdateVerificationCheckInput) input: UpdateVerificationCheckInput, @Ctx() ctx: RegistryContext): Promise<VerificationCheck> {
    return ctx.services.verification.updateCheck(input, requireIdentity(ctx));
  }

  @Mutation(() => Verification, { description: 'An explicit decision (VERIFIED or REJECTED) with a reason; kept in the history.' })
  decideVerification(@Arg('input', () => DecideVerificationInput) input: DecideVerificationInput, @Ctx() ctx: RegistryContext): Promise<Verification> {
    return ctx.services.verification.decide(input, requireIdentity(ctx));
  }

  @FieldResolver(() => [VerificationCheck], { description: 'Every check, newest first.' })
  checks(@Root() verification: Verification, @Ctx() ctx: RegistryContext): Promise<VerificationCheck[]> {
    return ctx.services.verification.checksLoader(ctx.loaders).load(verification.organizationId);
  }

  @FieldResolver(() => [VerificationHistoryEntry], { description: 'Every change of the verification, newest first.' })
  history(@Root() verification: Verification, @Ctx() ctx: RegistryContext): Promise<VerificationHistoryEntry[]> {
    return ctx.services.verification.historyLoader(ctx.loaders).load(verification.organizationId);
  }
}

@Resolver(() => VerificationCheck)
export class VerificationCheckResolver {
  @FieldResolver(() => [EvidenceFile], { description: 'The evidence files of this check.' })
  evidence(@Root() check: VerificationCheck, @Ctx() ctx: RegistryContext): Promise<EvidenceFile[]> {
    return ctx.services.verification.evidenceLoader(ctx.loaders).load(check.id);
  }
}

@Resolver(() => EvidenceFile)
export class EvidenceFileResolver {
  @FieldResolver(() => String, { description: 'The file content, base64. Ask for it only when opening the file.' })
  contentBase64(@Root() file: EvidenceFile, @Ctx() ctx: RegistryContext): Promise<string> {
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
