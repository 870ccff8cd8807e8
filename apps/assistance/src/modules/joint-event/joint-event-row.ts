import type { Direction } from '@birge/shared-reference';
import type { JointEventKind } from './joint-event-enums';
import type { JointEvent } from './joint-event.type';

export const EVENT_COLUMNS = `e.id, e.region_code AS "regionCode", e.district_code AS "districtCode", e.kind, e.title, to_char(e.held_on, 'YYYY-MM-DD') AS "heldOn",
  e.place, e.directions, e.agreed, e.created_by AS "createdBy", e.created_at AS "createdAt", e.updated_at AS "updatedAt", e.version,
  (SELECT count(*)::int FROM assistance.joint_event_participant p WHERE p.event_id = e.id) AS "invitedCount",
  (SELECT count(*)::int FROM assistance.joint_event_participant p WHERE p.event_id = e.id AND p.attended) AS "attendedCount"`;

export interface EventRow {
  id: string;
  regionCode: string;
  districtCode: string | null;
  kind: JointEventKind;
  title: string;
  heldOn: string;
  place: string | null;
  directions: Direction[];
  agreed: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  invitedCount: number;
  attendedCount: number;
}

export const toJointEvent = (row: EventRow): JointEvent => ({ ...row });
