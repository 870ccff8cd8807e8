import { findRegion, isLocale, isUuid, Role, type Identity, type Locale } from '@birge/shared-reference';
import { decodeCursor, type EventBus, NotFoundError, pageSize, toConnection, ValidationError, type ConnectionShape, type FieldError } from '@birge/server-kit';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword, verifyPassword } from '../auth/password-hasher';
import { SessionEntity } from '../auth/session.entity';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type CreateStaffAccountInput } from './dto/create-staff-account.input';
import type { StaffAccountFilter } from './dto/staff-account-filter.input';
import { StaffAccountEntity } from './staff-account.entity';
import { toStaffAccount } from './staff-account.mapper';
import type { StaffAccount } from './staff-account.type';
import { isStaffRole } from './staff-role.enum';

const UNIQUE_VIOLATION = '23505';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The key logins and uniqueness use: trimmed and lower-cased. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Staff accounts: who exists, with which role, region and language, and whether they may sign in.
 * A creation and a deactivation are announced (`identity.account-created`, `-deactivated`) in
 * their transaction: the notifications subgraph keeps whom to write to from them.
 */
export class StaffAccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventBus,
  ) {}

  async findById(id: string): Promise<StaffAccountEntity | null> {
    return isUuid(id) ? this.dataSource.getRepository(StaffAccountEntity).findOneBy({ id }) : null;
  }

  findByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<StaffAccountEntity | null> {
    return manager
      .getRepository(StaffAccountEntity)
      .createQueryBuilder('a')
      .where('lower(a.email) = :key', { key: emailKey(email) })
      .getOne();
  }

  /** The caller's own account, when the caller is an active staff account. */
  async me(identity: Identity | null): Promise<StaffAccount | null> {
    // An organization's contact acting through a portal link has no staff account.
    if (!identity || identity.role === Role.ORGANIZATION_CONTACT) return null;
    const account = await this.findById(identity.userId);
    return account?.active ? toStaffAccount(account) : null;
  }

  async create(input: CreateStaffAccountInput, actor: Identity): Promise<StaffAccount> {
    const email = input.email.trim();
    const name = input.name.trim().replace(/\s+/g, ' ');
    const regionCode = input.regionCode?.trim() || null;
    const problems: FieldError[] = [];
    if (!EMAIL.test(email)) problems.push({ field: 'email', code: 'INVALID_EMAIL', message: 'must be an email address' });
    if (name.length < 2) problems.push({ field: 'name', code: 'REQUIRED', message: 'is required' });
    if (!isStaffRole(input.role)) problems.push({ field: 'role', code: 'INVALID_ROLE', message: 'must be REPUBLICAN_ADMIN, REGIONAL_STAFF or ANALYST' });
    if (input.role === Role.REGIONAL_STAFF && !regionCode) {
      problems.push({ field: 'regionCode', code: 'REQUIRED', message: 'is required for regional staff' });
    } else if (input.role !== Role.REGIONAL_STAFF && regionCode) {
      problems.push({ field: 'regionCode', code: 'NOT_ALLOWED', message: 'is only for regional staff; national roles work across every region' });
    } else if (regionCode && !findRegion(regionCode)) {
      problems.push({ field: 'regionCode', code: 'UNKNOWN_REGION', message: `is not a region code (got "${regionCode}"); see the regions query` });
    }
    const language: Locale = input.language ?? 'kk';
    if (!isLocale(language)) problems.push({ field: 'language', code: 'UNKNOWN_LANGUAGE', message: 'must be kk, ru or en' });
    if (input.password.length < PASSWORD_MIN_LENGTH || input.password.length > PASSWORD_MAX_LENGTH) {
      problems.push({ field: 'password', code: 'LENGTH', message: `must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters` });
    } else if (input.password.trim().toLowerCase() === emailKey(email)) {
      problems.push({ field: 'password', code: 'TOO_WEAK', message: 'must not be the email address' });
    }
    if (!problems.length && (await this.findByEmail(email))) {
      problems.push({ field: 'email', code: 'EMAIL_TAKEN', message: 'already belongs to an account' });
    }
    if (problems.length) throw new ValidationError(problems);

    const passwordHash = await hashPassword(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const repository = manager.getRepository(StaffAccountEntity);
        const saved = await repository.save(
          repository.create({ email, name, role: input.role, regionCode, language, passwordHash, active: true, createdBy: actor.userId, announcedAt: new Date() }),
        );
        await this.events.publish(manager, 'identity.account-created', {
          accountId: saved.id,
          email: saved.email,
          name: saved.name,
          role: saved.role as Role,
          regionCode: saved.regionCode,
          language,
          actorId: actor.userId,
          createdAt: saved.createdAt.toISOString(),
        });
        return toStaffAccount(saved);
      });
    } catch (error) {
      // Two administrators creating the same address at once: the unique index decides.
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw ValidationError.field('email', 'EMAIL_TAKEN', 'already belongs to an account');
      throw error;
    }
  }

  /**
   * The signed-in person changes their own password, giving the current one. The change is
   * announced (`identity.password-changed`) in its transaction, so the owner is told by mail in
   * case it was not them. Sessions stay signed in.
   */
  async changePassword(identity: Identity, currentPassword: string, newPassword: string): Promise<boolean> {
    const problems: FieldError[] = [];
    if (newPassword.length < PASSWORD_MIN_LENGTH || newPassword.length > PASSWORD_MAX_LENGTH) {
      problems.push({ field: 'newPassword', code: 'LENGTH', message: `must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters` });
    } else if (newPassword === currentPassword) {
      problems.push({ field: 'newPassword', code: 'UNCHANGED', message: 'must differ from the current password' });
    }
    if (problems.length) throw new ValidationError(problems);
    const passwordHash = await hashPassword(newPassword);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(StaffAccountEntity);
      const account = isUuid(identity.userId) ? await repository.findOne({ where: { id: identity.userId }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!account?.active) throw new NotFoundError('StaffAccount', identity.userId);
      if (currentPassword.length > PASSWORD_MAX_LENGTH || !(await verifyPassword(currentPassword, account.passwordHash))) {
        throw ValidationError.field('currentPassword', 'WRONG_PASSWORD', 'is not your current password');
      }
      account.passwordHash = passwordHash;
      const saved = await repository.save(account);
      await this.events.publish(manager, 'identity.password-changed', {
        accountId: saved.id,
        regionCode: saved.regionCode,
        actorId: identity.userId,
        changedAt: saved.updatedAt.toISOString(),
      });
      return true;
    });
  }

  /**
   * Announces the active accounts whose creation never was (created before accounts were
   * announced), marking them in the same statement: run at start, it changes nothing the second time.
   * @returns how many were announced.
   */
  announceUnannounced(): Promise<number> {
    return this.dataSource.transaction((manager) =>
      this.events.publishFromSql(
        manager,
        'identity.account-created',
        `UPDATE identity.staff_account a SET announced_at = now()
         WHERE a.announced_at IS NULL AND a.active
         RETURNING jsonb_build_object('accountId', a.id, 'email', a.email, 'name', a.name, 'role', a.role, 'regionCode', a.region_code,
           'language', a.language, 'actorId', NULL, 'createdAt', to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) AS payload`,
      ),
    );
  }

  /** Deactivates an account and ends its sessions; its access tokens run out within 15 minutes. */
  async deactivate(id: string, actor: Identity): Promise<StaffAccount> {
    if (!isUuid(id)) throw ValidationError.field('id', 'INVALID_ID', 'is not a staff account id (a UUID)');
    if (id === actor.userId) throw ValidationError.field('id', 'OWN_ACCOUNT', 'is your own account: another administrator must deactivate it');
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(StaffAccountEntity);
      const account = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!account) throw new NotFoundError('StaffAccount', id);
      if (!account.active) return toStaffAccount(account);
      account.active = false;
      account.deactivatedAt = new Date();
      const saved = await repository.save(account);
      await manager
        .createQueryBuilder()
        .update(SessionEntity)
        .set({ revokedAt: () => 'now()', revokedReason: 'ACCOUNT_DEACTIVATED' })
        .where('account_id = :id AND revoked_at IS NULL', { id })
        .execute();
      await this.events.publish(manager, 'identity.account-deactivated', { accountId: id, actorId: actor.userId, deactivatedAt: saved.deactivatedAt!.toISOString() });
      return toStaffAccount(saved);
    });
  }

  /** Accounts, newest first, a page at a time (keyset on created_at, id). */
  async list(filter: StaffAccountFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<ConnectionShape<StaffAccount>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const base = this.dataSource.getRepository(StaffAccountEntity).createQueryBuilder('a');
    if (filter?.role) base.andWhere('a.role = :role', { role: filter.role });
    if (filter?.regionCode) base.andWhere('a.region_code = :regionCode', { regionCode: filter.regionCode });
    if (filter?.active !== null && filter?.active !== undefined) base.andWhere('a.active = :active', { active: filter.active });
    const page = base.clone();
    if (cursor) {
      const [createdAt, id] = cursor;
      if (typeof createdAt !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(createdAt)) || !isUuid(id)) {
        throw ValidationError.field('after', 'INVALID_CURSOR', 'is not a cursor returned by this list; start again without it');
      }
      page.andWhere('(a.created_at, a.id) < (:createdAt::timestamptz, :id::uuid)', { createdAt, id });
    }
    page
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit + 1);
    const [rows, totalCount] = await Promise.all([page.getMany(), base.getCount()]);
    return toConnection(rows.map(toStaffAccount), limit, totalCount, (a) => [a.createdAt.toISOString(), a.id]);
  }
}
