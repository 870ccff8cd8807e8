import { AccessRestriction, ConnectionType } from '@birge/server-kit';
import { Field, ObjectType } from 'type-graphql';
import { WITHHELD_LIST_DESCRIPTION } from '../access/assistance-access';
import { TrainingRegistration } from './training-registration.type';
import { Training } from './training.type';

@ObjectType('TrainingConnection', { description: 'A page of trainings in time order.' })
export class TrainingConnection extends ConnectionType(Training, 'Training') {}

@ObjectType('TrainingRegistrationConnection', { description: "A page of an organization's places in trainings, latest training first." })
export class TrainingRegistrationConnection extends ConnectionType(TrainingRegistration, 'TrainingRegistration') {
  @Field(() => AccessRestriction, { nullable: true, description: WITHHELD_LIST_DESCRIPTION })
  withheld?: AccessRestriction | null;
}
