import { CreateAssistance1764050100000 } from './1764050100000-CreateAssistance';

/** Every migration of the assistance schema, oldest first. */
export const assistanceMigrations = [CreateAssistance1764050100000];
