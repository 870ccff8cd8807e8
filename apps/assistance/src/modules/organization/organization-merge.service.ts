import type { OrganizationsMergedPayload } from '@birge/shared-reference';
import type { EntityManager } from 'typeorm';
import type { Clock } from '../common/clock';
import type { AssistanceRequestService } from '../request/assistance-request.service';
import type { TrainingRegistrationService } from '../training/training-registration.service';

/** Who the changes a merge makes are recorded as. */
export const MERGE_ACTOR = 'registry-merge';

export interface MergeResult {
  requests: number;
  bookings: number;
  registrations: number;
}

/**
 * Re-points everything of a merged organization to the kept one, inside the consumer's
 * transaction. Every statement is a no-op the second time, so it is idempotent even without the
 * event claim. Requests and bookings keep their region (the front office that handled them);
 * requests still waiting for a region get the kept organization's.
 */
export class OrganizationMergeService {
  constructor(
    private readonly requests: AssistanceRequestService,
    private readonly registrations: TrainingRegistrationService,
    private readonly clock: Clock,
  ) {}

  async apply(manager: EntityManager, eventId: string, payload: OrganizationsMergedPayload): Promise<MergeResult> {
    const { keptId, mergedId } = payload;
    if (keptId === mergedId) return { requests: 0, bookings: 0, registrations: 0 };
    await manager.query(`INSERT INTO assistance.organization_merge (merged_id, kept_id, event_id) VALUES ($1, $2, $3) ON CONFLICT (merged_id) DO NOTHING`, [
      mergedId,
      keptId,
      eventId,
    ]);
    // An earlier merge into the organization now merged away points on to the kept one.
    await manager.query(`UPDATE assistance.organization_merge SET kept_id = $2 WHERE kept_id = $1`, [mergedId, keptId]);
    await manager.query(`DELETE FROM assistance.organization_directory WHERE organization_id = $1`, [mergedId]);

    const [, requests]: [unknown, number] = await manager.query(`UPDATE assistance.assistance_request SET organization_id = $2 WHERE organization_id = $1`, [mergedId, keptId]);
    const [, bookings]: [unknown, number] = await manager.query(`UPDATE assistance.booking SET organization_id = $2 WHERE organization_id = $1`, [mergedId, keptId]);
    const registrations = await this.mergeRegistrations(manager, mergedId, keptId);
    // The kept organization's record (region, district) as the registry now has it; releases waiting requests.
    await this.requests.organizationKnown(manager, keptId, payload.regionCode, payload.districtCode);
    return { requests, bookings, registrations };
  }

  /**
   * Where both organizations hold a place in one training, the better place stays (REGISTERED
   * before WAITLISTED, then the earlier arrival) and the other is cancelled, which frees its seats
   * for the waiting list when the training has not begun. Attendance already marked on the
   * cancelled place moves to the one kept if that has none.
   */
  private async mergeRegistrations(manager: EntityManager, mergedId: string, keptId: string): Promise<number> {
    const trainings: { id: string; capacity: number; started: boolean }[] = await manager.query(
      `SELECT t.id, t.capacity, t.starts_at <= $3 AS started FROM assistance.training t
       WHERE t.id IN (
         SELECT m.training_id FROM assistance.training_registration m JOIN assistance.training_registration k
           ON k.training_id = m.training_id AND k.organization_id = $2 AND k.status <> 'CANCELLED'
         WHERE m.organization_id = $1 AND m.status <> 'CANCELLED'
       ) ORDER BY t.id FOR UPDATE OF t`,
      [mergedId, keptId, this.clock.now()],
    );
    const now = this.clock.now();
    for (const training of trainings) {
      const places: { id: string; status: string; attendance: string | null; attended_participants: number | null }[] = await manager.query(
        `SELECT id, status, attendance, attended_participants FROM assistance.training_registration
         WHERE training_id = $1 AND organization_id = ANY($2::uuid[]) AND status <> 'CANCELLED'
         ORDER BY (status = 'REGISTERED') DESC, queue_seq`,
        [training.id, [mergedId, keptId]],
      );
      const [better, dropped] = places;
      await manager.query(
        `UPDATE assistance.training_registration SET status = 'CANCELLED', cancelled_at = $2, attendance = NULL, attended_participants = NULL,
           updated_by = $3, updated_at = $2, version = version + 1 WHERE id = $1`,
        [dropped.id, now, MERGE_ACTOR],
      );
      if (dropped.attendance && !better.attendance && better.status === 'REGISTERED') {
        await manager.query(`UPDATE assistance.training_registration SET attendance = $2, attended_participants = $3 WHERE id = $1`, [
          better.id,
          dropped.attendance,
          dropped.attended_participants,
        ]);
      }
      if (dropped.status === 'REGISTERED' && !training.started) {
        await this.registrations.promote(manager, training.id, training.capacity, now, MERGE_ACTOR);
      }
    }
    const [, moved]: [unknown, number] = await manager.query(`UPDATE assistance.training_registration SET organization_id = $2 WHERE organization_id = $1`, [mergedId, keptId]);
    return moved;
  }
}
