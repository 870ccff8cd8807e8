import { ASSUMED_HISTORY_LENGTH, ListSize } from '@birge/server-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RegistryContext } from '../../registry.context';
import { Sponsor } from '../directory/sponsor.type';
import { StateBody } from '../directory/state-body.type';
import { Organization } from '../organization/organization.type';
import { LetterWriter, VerificationLetterSummary } from './letter-writer.type';
import { VerificationCheck } from './verification.types';

const LETTERS =
  'The verification letter checks naming it as the writer, newest first (at most 100; verificationLetterSummary counts them all), with the organization and ' +
  "the outcome; their notes and evidence are shown as on the organization's own checks.";

@Resolver(() => VerificationCheck)
export class VerificationCheckLetterResolver {
  @FieldResolver(() => LetterWriter, {
    nullable: true,
    description: 'Who wrote the letter of a letter check (a sponsor, partner or state body of the directory); null when none is named.',
  })
  letterFrom(@Root() check: VerificationCheck, @Ctx() ctx: RegistryContext): Promise<Sponsor | StateBody | null> | null {
    if (check.letterFromSponsorId) return ctx.services.sponsors.loader(ctx.loaders).load(check.letterFromSponsorId);
    if (check.letterFromStateBodyId) return ctx.services.stateBodies.loader(ctx.loaders).load(check.letterFromStateBodyId);
    return null;
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization checked (the record it was merged into, after a merge).' })
  organization(@Root() check: VerificationCheck, @Ctx() ctx: RegistryContext): Promise<Organization | null> {
    return ctx.services.organizations.loader(ctx.loaders).load(check.organizationId);
  }
}

@Resolver(() => Sponsor)
export class SponsorLettersResolver {
  @ListSize(ASSUMED_HISTORY_LENGTH)
  @FieldResolver(() => [VerificationCheck], { description: LETTERS })
  verificationLetters(@Root() sponsor: Sponsor, @Ctx() ctx: RegistryContext): Promise<VerificationCheck[]> {
    return ctx.services.verification.letterWriters.lettersLoader(ctx.loaders).load(sponsor.id);
  }

  @FieldResolver(() => VerificationLetterSummary, { description: 'How many verification letters it wrote, and how many of those checks passed.' })
  verificationLetterSummary(@Root() sponsor: Sponsor, @Ctx() ctx: RegistryContext): Promise<VerificationLetterSummary> {
    return ctx.services.verification.letterWriters.countsLoader(ctx.loaders).load(sponsor.id);
  }
}

@Resolver(() => StateBody)
export class StateBodyLettersResolver {
  @ListSize(ASSUMED_HISTORY_LENGTH)
  @FieldResolver(() => [VerificationCheck], { description: LETTERS })
  verificationLetters(@Root() body: StateBody, @Ctx() ctx: RegistryContext): Promise<VerificationCheck[]> {
    return ctx.services.verification.letterWriters.lettersLoader(ctx.loaders).load(body.id);
  }

  @FieldResolver(() => VerificationLetterSummary, { description: 'How many verification letters it wrote, and how many of those checks passed.' })
  verificationLetterSummary(@Root() body: StateBody, @Ctx() ctx: RegistryContext): Promise<VerificationLetterSummary> {
    return ctx.services.verification.letterWriters.countsLoader(ctx.loaders).load(body.id);
  }
}
