import { invalidField } from '../common/coded-errors';
import { parseLocalDate } from '../common/local-date';
import type { JointEventParticipantInput } from './joint-event.inputs';

export function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function checkEventTitle(title: string | null | undefined): string {
  const checked = text(title) ?? '';
  if (checked.length < 3 || checked.length > 300) throw invalidField('title', 'INVALID_LENGTH', 'must be 3 to 300 characters');
  return checked;
}

/** An invitation as stored: attendance only for an event already held, each participant once. */
export interface Invitation {
  kind: JointEventParticipantInput['kind'];
  id: string;
  attended: boolean | null;
}

export function checkInvited(invited: JointEventParticipantInput[], heldOn: string, today: string): Invitation[] {
  parseLocalDate(heldOn, 'heldOn');
  const seen = new Set<string>();
  return invited.map((participant, i) => {
    const id = participant.id.trim().toLowerCase();
    const key = `${participant.kind}:${id}`;
    if (seen.has(key)) throw invalidField(`invited.${i}`, 'DUPLICATE_PARTICIPANT', `${participant.kind} ${id} is invited twice`);
    seen.add(key);
    const attended = participant.attended ?? null;
    if (attended !== null && heldOn > today) {
      throw invalidField(`invited.${i}.attended`, 'ATTENDANCE_BEFORE_EVENT', `the event is on ${heldOn}; record who came once it is held`);
    }
    return { kind: participant.kind, id, attended };
  });
}
