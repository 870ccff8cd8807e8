import { ConnectionType } from '@birge/server-kit';
import { ObjectType } from 'type-graphql';
import { AssistanceRequest } from './assistance-request.type';

@ObjectType('AssistanceRequestConnection')
export class AssistanceRequestConnection extends ConnectionType(AssistanceRequest, 'AssistanceRequest') {}
