import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PersonalData } from '../auth/restricted-fields';

/**
 * The first fields of a file someone attached to a record (a request, a feedback message), checked
 * on upload (uploaded-file) and kept in the file storage: its id, the name as sent (personal data:
 * file names often name people), type, size and hash. The type that extends it adds who attached it
 * and when, and its personalDataHidden; its content is a field resolver, personal data too.
 */
@ObjectType({ description: 'The fields every attached file starts with.' })
export class AttachedFile {
  @Field(() => ID, { description: 'Stable id of the attachment.' })
  id: string;

  @PersonalData()
  @Field(() => String, {
    nullable: true,
    description: 'Personal data (file names often name people). The file name as it was sent. Null when withheld from you: see personalDataHidden.',
  })
  fileName: string | null;

  @Field({ description: 'The checked MIME type, e.g. application/pdf.' })
  mimeType: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  sizeBytes: number;

  @Field({ description: 'SHA-256 of the content, hex.' })
  sha256: string;

  /** The content, served by a field resolver of the extending type; marked here with the name. */
  @PersonalData()
  contentBase64?: string | null;

  /** Where the file storage keeps it. */
  storageKey: string;
}
