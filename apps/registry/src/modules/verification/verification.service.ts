import { CheckOutcome, isUuid, VerificationMethod, type Identity } from '@birge/shared-reference';
import { publishOrganizationMailing } from '../organization/organization-mailing';
import {
  assertRegionWrite,
  groupByKeys,
  NotFoundError,
  ValidationError,
  withStoredFiles,
  type EventBus,
  type FieldError,
  type FileStorage,
  type LoaderRegistry,
} from '@birge/server-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { assertOrganizationId } from '../organization/organization-write.rules';
import type { DecideVerificationInput, EvidenceFileInput, RecordVerificationCheckInput, UpdateVerificationCheckInput } from './dto/verification.inputs';
import { LetterWriterStore, NO_LETTER_WRITER, type LetterWriterColumns } from './letter-writer.store';
import { checkEvidenceFile, type CheckedFile } from './storage/evidence-file.policy';
import { VerificationDecision, VerificationStatus } from './verification-enums';
import { deriveVerification, effectiveStatus, reverificationDueAt } from './verification.rule';
import type { EvidenceFile, Verification, VerificationCheck, VerificationHistoryEntry } from './verification.types';

export interface VerificationOptions {
  maxEvidenceBytes: number;
  reverifyAfterMonths: number;
}

/** A verification check's columns as VerificationCheck fields; `alias` qualifies them (`c.id`) in a join. */
function checkColumns(alias?: string): string {
  const c = alias ? `${alias}.` : '';
  return `${c}id, ${c}organization_id AS "organizationId", ${c}method, ${c}outcome, ${c}notes, ${c}checked_by AS "checkedBy", ${c}checked_at AS "checkedAt",
    ${c}letter_from_sponsor_id AS "letterFromSponsorId", ${c}letter_from_state_body_id AS "letterFromStateBodyId"`;
}

/** Verification checks, evidence and decisions; the organization's status follows verification.rule.ts. */
export class VerificationService {
  /** Who wrote the letters of letter checks, and each directory entry's letters. */
  readonly letterWriters: LetterWriterStore;

  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    readonly options: VerificationOptions,
    /** Announces every derived status (registry.organization-verification-changed) in the same transaction. */
    private readonly events?: EventBus,
  ) {
    this.letterWriters = new LetterWriterStore(dataSource, checkColumns);
  }

  /** The verification as callers see it, from the organization row's stored status. */
  view(organizationId: string, stored: string, verifiedAt: Date | null, now = new Date()): Verification {
    const status = effectiveStatus(stored, verifiedAt, this.options.reverifyAfterMonths, now);
    const verified = status === VerificationStatus.VERIFIED || status === VerificationStatus.EXPIRED;
    return {
      organizationId,
      status,
      verifiedAt: verified ? verifiedAt : null,
      reverificationDueAt: verified && verifiedAt ? reverificationDueAt(verifiedAt, this.options.reverifyAfterMonths) : null,
    };
  }

  async recordCheck(input: RecordVerificationCheckInput, identity: Identity): Promise<VerificationCheck> {
    assertOrganizationId(input.organizationId, 'organizationId');
    const errors: FieldError[] = [];
    const files = this.checkFiles(input.evidence, errors);
    const writable = () => this.assertWritable(identity, 'organization', input.organizationId);
    return this.withStoredFiles(files, errors, writable, async (manager, stored) => {
      const organization = await this.lockWritable(manager, input.organizationId, identity);
      if (input.method === VerificationMethod.QAZVOLUNTEER_ID && input.outcome === CheckOutcome.PASSED && !organization.qazvolunteer_id) {
        errors.push({ field: 'method', code: 'QAZVOLUNTEER_ID_MISSING', message: "record the organization's Qazvolunteer.kz ID before passing this check" });
      }
      const letterFrom = input.letterFromEntryId?.trim()
        ? await this.letterWriters.check(manager, input.method, input.letterFromEntryId.trim(), 'letterFromEntryId', errors)
        : NO_LETTER_WRITER;
      if (errors.length) throw new ValidationError(errors);
      const [check]: VerificationCheck[] = await manager.query(
        `INSERT INTO registry.verification_check (organization_id, method, outcome, notes, checked_by, checked_at, letter_from_sponsor_id, letter_from_state_body_id)
         VALUES ($1, $2, $3, $4, $5, clock_timestamp(), $6, $7) RETURNING ${checkColumns()}`,
        [input.organizationId, input.method, input.outcome, input.notes?.trim() || null, identity.userId, letterFrom.sponsorId, letterFrom.stateBodyId],
      );
      await this.insertEvidence(manager, check.id, stored, identity);
      await this.recompute(manager, input.organizationId, organization, 'CHECK_RECORDED', identity, null, null);
      return { ...check, regionCode: organization.region_code };
    });
  }

  async updateCheck(input: UpdateVerificationCheckInput, identity: Identity): Promise<VerificationCheck> {
    if (!isUuid(input.checkId)) throw ValidationError.field('checkId', 'INVALID_ID', 'is not a check id (a UUID)');
    const errors: FieldError[] = [];
    const files = this.checkFiles(input.evidence, errors);
    const writable = () => this.assertWritable(identity, 'check', input.checkId);
    return this.withStoredFiles(files, errors, writable, async (manager, stored) => {
      const [existing]: { organization_id: string; method: string }[] = await manager.query(`SELECT organization_id, method FROM registry.verification_check WHERE id = $1`, [
        input.checkId,
      ]);
      if (!existing) throw new NotFoundError('VerificationCheck', input.checkId, 'checkId');
      const organization = await this.lockWritable(manager, existing.organization_id, identity);
      if (existing.method === VerificationMethod.QAZVOLUNTEER_ID && input.outcome === CheckOutcome.PASSED && !organization.qazvolunteer_id) {
        errors.push({ field: 'outcome', code: 'QAZVOLUNTEER_ID_MISSING', message: "record the organization's Qazvolunteer.kz ID before passing this check" });
      }
      const letterFrom = await this.letterWriterAfterUpdate(manager, existing.method, input.letterFromEntryId, errors);
      if (errors.length) throw new ValidationError(errors);
      const [[check]]: [VerificationCheck[]] = await manager.query(
        `UPDATE registry.verification_check SET outcome = $2, notes = COALESCE($3, notes), checked_by = $4, checked_at = clock_timestamp(),
           letter_from_sponsor_id = CASE WHEN $5 THEN $6::uuid ELSE letter_from_sponsor_id END,
           letter_from_state_body_id = CASE WHEN $5 THEN $7::uuid ELSE letter_from_state_body_id END
         WHERE id = $1 RETURNING ${checkColumns()}`,
        [input.checkId, input.outcome, input.notes?.trim() || null, identity.userId, letterFrom !== null, letterFrom?.sponsorId ?? null, letterFrom?.stateBodyId ?? null],
      );
      await this.insertEvidence(manager, check.id, stored, identity);
      await this.recompute(manager, existing.organization_id, organization, 'CHECK_UPDATED', identity, null, null);
      return { ...check, regionCode: organization.region_code };
    });
  }

  /** The writer an update leaves: null keeps the stored one (not given), an empty string names none, an id is checked. */
  private async letterWriterAfterUpdate(manager: EntityManager, method: string, given: string | null | undefined, errors: FieldError[]): Promise<LetterWriterColumns | null> {
    if (given === undefined || given === null) return null;
    const id = given.trim();
    return id ? this.letterWriters.check(manager, method, id, 'letterFromEntryId', errors) : NO_LETTER_WRITER;
  }

  async decide(input: DecideVerificationInput, identity: Identity): Promise<Verification> {
    assertOrganizationId(input.organizationId, 'organizationId');
    const reason = input.reason.trim();
    if (reason.length < 3) throw ValidationError.field('reason', 'REQUIRED', 'give a reason of at least 3 characters');
    return this.dataSource.transaction(async (manager) => {
      const organization = await this.lockWritable(manager, input.organizationId, identity);
      const after = await this.recompute(manager, input.organizationId, organization, 'DECISION', identity, input.decision, reason);
      return this.view(input.organizationId, after.status, after.verifiedAt);
    });
  }

  checksLoader(loaders: LoaderRegistry) {
    return loaders.get<string, VerificationCheck[]>('verification.checksByOrganization', async (ids) => {
      const rows: VerificationCheck[] = await this.dataSource.query(
        `SELECT ${checkColumns('c')}, o.region_code AS "regionCode"
         FROM registry.verification_check c JOIN registry.organization o ON o.id = c.organization_id
         WHERE c.organization_id = ANY($1::uuid[]) ORDER BY c.checked_at DESC, c.id DESC`,
        [[...ids]],
      );
      return groupByKeys(ids, rows, (row) => row.organizationId);
    });
  }

  evidenceLoader(loaders: LoaderRegistry) {
    return loaders.get<string, EvidenceFile[]>('verification.evidenceByCheck', async (ids) => {
      const rows: EvidenceFile[] = await this.dataSource.query(
        `SELECT f.id, f.check_id AS "checkId", f.file_name AS "fileName", f.mime_type AS "mimeType", f.size_bytes AS "sizeBytes", f.sha256,
                f.storage_key AS "storageKey", f.uploaded_by AS "uploadedBy", f.uploaded_at AS "uploadedAt", o.region_code AS "regionCode"
         FROM registry.evidence_file f
           JOIN registry.verification_check c ON c.id = f.check_id
           JOIN registry.organization o ON o.id = c.organization_id
         WHERE f.check_id = ANY($1::uuid[]) ORDER BY f.uploaded_at, f.id`,
        [[...ids]],
      );
      return groupByKeys(ids, rows, (row) => row.checkId);
    });
  }

  historyLoader(loaders: LoaderRegistry) {
    return loaders.get<string, (VerificationHistoryEntry & { organizationId: string })[]>('verification.historyByOrganization', async (ids) => {
      const rows: (VerificationHistoryEntry & { organizationId: string })[] = await this.dataSource.query(
        `SELECT e.organization_id AS "organizationId", e.kind, e.decision, e.reason, e.status_before AS "statusBefore", e.status_after AS "statusAfter",
                e.actor, e.at, o.region_code AS "regionCode"
         FROM registry.verification_event e JOIN registry.organization o ON o.id = e.organization_id
         WHERE e.organization_id = ANY($1::uuid[]) ORDER BY e.at DESC, e.id DESC`,
        [[...ids]],
      );
      return groupByKeys(ids, rows, (row) => row.organizationId);
    });
  }

  async content(file: EvidenceFile): Promise<string> {
    return (await this.storage.get(file.storageKey)).toString('base64');
  }

  private checkFiles(evidence: EvidenceFileInput[] | null | undefined, errors: FieldError[]): CheckedFile[] {
    return (evidence ?? []).map((file, i) => checkEvidenceFile(`evidence.${i}`, file, this.options.maxEvidenceBytes, errors)).filter((file): file is CheckedFile => file !== null);
  }

  /**
   * Files are written before the transaction commits and removed again when it does not, so a
   * failed request leaves neither rows nor files behind. A caller `writable` refuses stores no
   * file at all: it runs before the first one is written (the transaction checks again).
   */
  private async withStoredFiles<T>(
    files: CheckedFile[],
    errors: FieldError[],
    writable: () => Promise<void>,
    work: (manager: EntityManager, stored: (CheckedFile & { key: string })[]) => Promise<T>,
  ): Promise<T> {
    if (errors.length) throw new ValidationError(errors);
    if (files.length) await writable();
    return withStoredFiles(this.storage, async (store) => {
      const stored: (CheckedFile & { key: string })[] = [];
      for (const file of files) stored.push({ ...file, key: await store(file.content) });
      return this.dataSource.transaction((manager) => work(manager, stored));
    });
  }

  private async insertEvidence(manager: EntityManager, checkId: string, files: (CheckedFile & { key: string })[], identity: Identity): Promise<void> {
    for (const file of files) {
      await manager.query(`INSERT INTO registry.evidence_file (check_id, file_name, mime_type, size_bytes, sha256, storage_key, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
        checkId,
        file.fileName,
        file.mimeType,
        file.content.length,
        file.sha256,
        file.key,
        identity.userId,
      ]);
    }
  }

  private async lockOrganization(manager: EntityManager, id: string): Promise<{ verification_status: string; qazvolunteer_id: string | null; region_code: string }> {
    const [row] = await manager.query(`SELECT verification_status, qazvolunteer_id, region_code FROM registry.organization WHERE id = $1 FOR UPDATE`, [id]);
    if (!row) throw new NotFoundError('Organization', id, 'organizationId');
    return row;
  }

  /**
   * A cheap, unlocked look at the region of an organization (or of a check's organization): throws
   * unless the caller may write it. Run before evidence files are stored; lockWritable decides.
   */
  private async assertWritable(identity: Identity, by: 'organization' | 'check', id: string): Promise<void> {
    const [row]: { organization_id: string; region_code: string }[] =
      by === 'organization'
        ? await this.dataSource.query(`SELECT id AS organization_id, region_code FROM registry.organization WHERE id = $1`, [id])
        : await this.dataSource.query(
            `SELECT c.organization_id, o.region_code FROM registry.verification_check c JOIN registry.organization o ON o.id = c.organization_id WHERE c.id = $1`,
            [id],
          );
    if (!row) throw by === 'organization' ? new NotFoundError('Organization', id, 'organizationId') : new NotFoundError('VerificationCheck', id, 'checkId');
    assertRegionWrite(identity, row.region_code, 'registry', `the verification of organization ${row.organization_id}`);
  }

  /** Locks the organization for a change of its verification, which only those who may write its region make. */
  private async lockWritable(
    manager: EntityManager,
    id: string,
    identity: Identity,
  ): Promise<{ verification_status: string; qazvolunteer_id: string | null; region_code: string }> {
    const row = await this.lockOrganization(manager, id);
    assertRegionWrite(identity, row.region_code, 'registry', `the verification of organization ${id}`);
    return row;
  }

  /** After a merge moved checks and decisions to `organizationId`: its status by the rule, with a MERGED history entry. */
  async recomputeAfterMerge(manager: EntityManager, organizationId: string, identity: Identity, reason: string): Promise<void> {
    const organization = await this.lockOrganization(manager, organizationId);
    await this.recompute(manager, organizationId, organization, 'MERGED', identity, null, reason);
  }

  /** Applies the rule to the organization's checks and latest decision, stores the result, keeps the history. */
  private async recompute(
    manager: EntityManager,
    organizationId: string,
    organization: { verification_status: string; region_code: string },
    kind: 'CHECK_RECORDED' | 'CHECK_UPDATED' | 'DECISION' | 'MERGED',
    identity: Identity,
    decision: VerificationDecision | null,
    reason: string | null,
  ): Promise<{ status: string; verifiedAt: Date | null }> {
    const at: Date = (await manager.query(`SELECT clock_timestamp() AS at`))[0].at;
    const checks: { outcome: string; at: Date }[] = await manager.query(`SELECT outcome, checked_at AS at FROM registry.verification_check WHERE organization_id = $1`, [
      organizationId,
    ]);
    const [lastDecision]: { decision: string; at: Date }[] = decision
      ? [{ decision, at }]
      : await manager.query(`SELECT decision, at FROM registry.verification_event WHERE organization_id = $1 AND kind = 'DECISION' ORDER BY at DESC LIMIT 1`, [organizationId]);
    const result = deriveVerification(checks, lastDecision ?? null);
    await manager.query(`UPDATE registry.organization SET verification_status = $2, verified_at = $3 WHERE id = $1`, [organizationId, result.status, result.verifiedAt]);
    await manager.query(
      `INSERT INTO registry.verification_event (organization_id, kind, decision, reason, status_before, status_after, actor, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [organizationId, kind, decision, reason, organization.verification_status, result.status, identity.userId, at],
    );
    await this.events?.publish(manager, 'registry.organization-verification-changed', {
      organizationId,
      regionCode: organization.region_code,
      status: result.status as VerificationStatus,
      verifiedAt: result.verifiedAt?.toISOString() ?? null,
      changedAt: at.toISOString(),
      previousStatus: organization.verification_status as VerificationStatus,
      actorId: identity.userId,
    });
    if (this.events) await publishOrganizationMailing(this.events, manager, organizationId);
    return result;
  }
}
