import { ConnectionType } from '@birge/server-kit';
import { ObjectType } from 'type-graphql';
import { FeedbackMessage } from './feedback-message.type';
import { FeedbackThread } from './feedback-thread.type';

@ObjectType('FeedbackThreadConnection', { description: 'A page of feedback threads, the one with the newest message first.' })
export class FeedbackThreadConnection extends ConnectionType(FeedbackThread, 'FeedbackThread') {}

@ObjectType('FeedbackMessageConnection', { description: "A page of a thread's messages, the oldest first." })
export class FeedbackMessageConnection extends ConnectionType(FeedbackMessage, 'FeedbackMessage') {}
