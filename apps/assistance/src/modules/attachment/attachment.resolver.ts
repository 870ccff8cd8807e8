import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { AssistanceContext } from '../../assistance.context';
import { Access } from '../access/access-checker';
import { AssistanceRequest } from '../request/assistance-request.type';
import { AddAssistanceRequestAttachmentInput } from './add-attachment.input';
import { AssistanceAttachment } from './attachment.type';

@Resolver(() => AssistanceAttachment)
export class AttachmentResolver {
  @Authorized(Access.WRITE)
  @Mutation(() => AssistanceRequest, {
    description:
      "Attaches a file to a request; the request's region decides who may (else FORBIDDEN with extensions.reason). " +
      'A refused file is BAD_USER_INPUT with extensions.reason ATTACHMENT_TOO_LARGE, ' +
      'ATTACHMENT_TYPE_NOT_ALLOWED, ATTACHMENT_CONTENT_MISMATCH, ATTACHMENT_EMPTY, INVALID_BASE64 or INVALID_FILE_NAME, and stores nothing. ' +
      'A stale version is CONFLICT (STALE_VERSION).',
  })
  addAssistanceRequestAttachment(
    @Arg('input', () => AddAssistanceRequestAttachmentInput, { description: 'The request and the file.' }) input: AddAssistanceRequestAttachmentInput,
    @Ctx() ctx: AssistanceContext,
  ): Promise<AssistanceRequest> {
    return ctx.services.attachments.add(input, ctx.identity);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Personal data (letters, permits and scans carry people's names, signatures and numbers). The file content, base64; ask for it only " +
      'when downloading. Null when withheld from you (see personalDataHidden): the file is then not even read.',
  })
  contentBase64(@Root() attachment: AssistanceAttachment, @Ctx() ctx: AssistanceContext): Promise<string> {
    return ctx.services.attachments.contentBase64(attachment);
  }
}
