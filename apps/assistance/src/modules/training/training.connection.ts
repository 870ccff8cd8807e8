import { ConnectionType } from '@birge/server-kit';
import { ObjectType } from 'type-graphql';
import { TrainingRegistration } from './training-registration.type';
import { Training } from './training.type';

@ObjectType('TrainingConnection')
export class TrainingConnection extends ConnectionType(Training, 'Training') {}

@ObjectType('TrainingRegistrationConnection')
export class TrainingRegistrationConnection extends ConnectionType(TrainingRegistration, 'TrainingRegistration') {}
