import type { DataSource } from 'typeorm';
import { FactRecorderService } from '../facts/fact-recorder.service';
import { contactFactConsumers } from './contact-fact.consumers';

/** Contacts of the registry's log turned into contact facts (the kit's consumer shape, as every fact). */
export class RegistryFactsService extends FactRecorderService {
  constructor(dataSource: DataSource) {
    super(dataSource, contactFactConsumers);
  }
}
