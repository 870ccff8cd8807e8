import { IdField } from '@birge/server-kit';
import { InputType } from 'type-graphql';
import { RequestedHelp } from './requested-help.input';

@InputType({ description: 'The organization a request is submitted for.' })
class OnBehalfOf {
  @IdField('The organization asking for help.', 'is not an organization id (a UUID)')
  organizationId: string;
}

@InputType({ description: 'A request for help on behalf of an organization.' })
export class SubmitAssistanceRequestInput extends RequestedHelp(OnBehalfOf) {}
