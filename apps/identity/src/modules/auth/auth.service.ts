import { signAccessToken, ValidationError } from '@birge/server-kit';
import { isUuid, type Identity } from '@birge/shared-reference';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { emailKey, type StaffAccountService } from '../account/staff-account.service';
import { StaffAccountEntity } from '../account/staff-account.entity';
import { toStaffAccount } from '../account/staff-account.mapper';
import { AccountLockedError, InvalidCredentialsError, SessionEndedError } from './auth-errors';
import type { AuthSession } from './auth-session.type';
import { LoginThrottle } from './login-throttle';
import { decoyHash, hashPassword, needsRehash, verifyPassword } from './password-hasher';
import { SessionEntity } from './session.entity';

export const REFRESH_TOKEN_TTL_DAYS = 30;
const MAX_PASSWORD_LENGTH = 1024;
const MAX_EMAIL_LENGTH = 254;

/** Refresh tokens are 256 random bits; only their SHA-256 is stored, so a database leak yields no usable token. */
function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function identityOf(account: StaffAccountEntity): Identity {
  return { userId: account.id, role: account.role as Identity['role'], regionCode: account.regionCode };
}

/** Sign-in, refresh-token rotation and sign-out. */
export class AuthService {
  private readonly throttle: LoginThrottle;

  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: StaffAccountService,
    private readonly jwtSecret: string,
  ) {
    this.throttle = new LoginThrottle(dataSource);
  }

  async login(email: string, password: string): Promise<AuthSession> {
    const key = emailKey(email);
    // No address is longer (RFC 5321); a longer one is a mistake to tell, not a sign-in to count.
    if (key.length > MAX_EMAIL_LENGTH) throw ValidationError.field('email', 'TOO_LONG', `must be at most ${MAX_EMAIL_LENGTH} characters`);
    const admission = await this.throttle.admit(key);
    if (!admission.admitted) throw new AccountLockedError(admission.retryAfterSeconds);

    const account = await this.accounts.findByEmail(key);
    // An unknown address costs one scrypt like a known one, so timing does not tell them apart.
    const passwordMatches = password.length <= MAX_PASSWORD_LENGTH && (await verifyPassword(password, account?.passwordHash ?? (await decoyHash())));
    if (!account || !passwordMatches || !account.active) {
      const lockedNow = await this.throttle.lockedFor(key);
      if (lockedNow > 0) throw new AccountLockedError(lockedNow);
      throw new InvalidCredentialsError();
    }

    await this.throttle.reset(key);
    const update: Partial<StaffAccountEntity> = { lastLoginAt: new Date() };
    if (needsRehash(account.passwordHash)) update.passwordHash = await hashPassword(password);
    await this.dataSource.getRepository(StaffAccountEntity).update({ id: account.id }, update);
    return this.dataSource.transaction((manager) => this.issue(manager, { ...account, ...update } as StaffAccountEntity, randomUUID()));
  }

  /**
   * Exchanges a refresh token for a new pair; the old token stops working. A token presented
   * again after rotation means it was copied: the whole chain of that sign-in is revoked.
   */
  async refresh(refreshToken: string): Promise<AuthSession> {
    const tokenHash = hashRefreshToken(refreshToken);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const sessions = manager.getRepository(SessionEntity);
      const session = await sessions.findOne({ where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
      if (!session) return { ended: true as const };
      if (session.revokedAt) {
        if (session.revokedReason === 'ROTATED') {
          await this.revokeFamily(manager, session.familyId);
          return { ended: true as const, reused: session.familyId };
        }
        return { ended: true as const };
      }
      if (session.expiresAt.getTime() <= Date.now()) return { ended: true as const };
      const account = await manager.getRepository(StaffAccountEntity).findOneBy({ id: session.accountId });
      if (!account?.active) return { ended: true as const };
      await sessions.update({ id: session.id }, { revokedAt: new Date(), revokedReason: 'ROTATED' });
      return { ended: false as const, session: await this.issue(manager, account, session.familyId) };
    });
    // Thrown after the commit, so a detected reuse stays revoked.
    if (outcome.ended) throw new SessionEndedError();
    return outcome.session;
  }

  /** Ends the session of this refresh token. Unknown or already ended tokens are fine: sign-out is idempotent. */
  async logout(refreshToken: string): Promise<boolean> {
    await this.dataSource
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()', revokedReason: 'LOGOUT' })
      .where('token_hash = :tokenHash AND revoked_at IS NULL', { tokenHash: hashRefreshToken(refreshToken) })
      .execute();
    return true;
  }

  /**
   * Whether the sign-in `familyId` (an access token's session id) still goes on: one of its refresh
   * tokens is neither revoked nor expired. Sign-out, a detected reuse and a deactivated account all
   * end it.
   */
  async sessionActive(familyId: string): Promise<boolean> {
    if (!isUuid(familyId)) return false;
    const [row]: { active: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT FROM identity.session WHERE family_id = $1 AND revoked_at IS NULL AND expires_at > now()) AS active`,
      [familyId],
    );
    return row.active;
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()', revokedReason: 'REUSE_DETECTED' })
      .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
      .execute();
  }

  private async issue(manager: EntityManager, account: StaffAccountEntity, familyId: string): Promise<AuthSession> {
    const refreshToken = randomBytes(32).toString('base64url');
    const refreshTokenExpiresAt = new Date(Date.now() + REFRESH_TOKEN_TTL_DAYS * 24 * 3600 * 1000);
    const sessions = manager.getRepository(SessionEntity);
    await sessions.save(sessions.create({ familyId, accountId: account.id, tokenHash: hashRefreshToken(refreshToken), expiresAt: refreshTokenExpiresAt }));
    const access = await signAccessToken(identityOf(account), this.jwtSecret, Date.now(), undefined, familyId);
    return { accessToken: access.token, expiresAt: access.expiresAt, refreshToken, refreshTokenExpiresAt, account: toStaffAccount(account) };
  }
}
