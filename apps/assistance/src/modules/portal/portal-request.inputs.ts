import { InputType } from 'type-graphql';
import { NoOwnFields, RequestedHelp } from '../request/dto/requested-help.input';

@InputType({ description: "A request for help an organization's contact submits through the portal, for their own organization." })
export class PortalSubmitRequestInput extends RequestedHelp(NoOwnFields) {}
