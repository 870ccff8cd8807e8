import type { Identity } from '@birge/shared-reference';
import type { Logger } from 'pino';

export interface GatewayContext {
  requestId: string;
  identity: Identity | null;
  logger: Logger;
}
