import { ConnectionType } from '@birge/server-kit';
import { ObjectType } from 'type-graphql';
import { ApiKey } from './api-key.type';

@ObjectType('ApiKeyConnection', { description: 'A page of partner API keys.' })
export class ApiKeyConnection extends ConnectionType(ApiKey, 'ApiKey') {}
