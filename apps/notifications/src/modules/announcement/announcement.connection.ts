import { ConnectionType } from '@birge/server-kit';
import { ObjectType } from 'type-graphql';
import { Announcement } from './announcement.type';

@ObjectType('AnnouncementConnection', { description: 'A page of announcements, newest first.' })
export class AnnouncementConnection extends ConnectionType(Announcement, 'Announcement') {}
