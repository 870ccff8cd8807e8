import { decodeCursor, NotFoundError, pageSize, toConnection, ValidationError, type ConnectionShape, type FieldError } from '@birge/server-kit';
import { API_KEY_SCOPES, isApiKeyScope, isUuid, type Identity } from '@birge/shared-reference';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { CreateApiKeyInput } from './dto/create-api-key.input';
import { ApiKeyEntity } from './api-key.entity';
import type { ApiKey, ApiKeyVerification, CreatedApiKey } from './api-key.type';

export const API_KEY_MAX_DAYS = 366;
/** `bgk_<12 hex digits>_<43 base64url characters>`: a public prefix and 256 random bits. */
const KEY_FORMAT = /^(bgk_[0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

/** The secret carries 256 random bits, so a fast hash is enough: nothing to guess from it. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}

export function generateApiKey(): { prefix: string; key: string } {
  const prefix = `bgk_${randomBytes(6).toString('hex')}`;
  return { prefix, key: `${prefix}_${randomBytes(32).toString('base64url')}` };
}

export function toApiKey(entity: ApiKeyEntity, now: Date = new Date()): ApiKey {
  return {
    id: entity.id,
    name: entity.name,
    prefix: entity.prefix,
    scopes: entity.scopes,
    rateLimitPerMinute: entity.rateLimitPerMinute,
    expiresAt: entity.expiresAt,
    createdAt: entity.createdAt,
    createdBy: entity.createdBy,
    revokedAt: entity.revokedAt,
    lastUsedAt: entity.lastUsedAt,
    active: !entity.revokedAt && entity.expiresAt > now,
  };
}

const invalid = (reason: string): ApiKeyVerification => ({ valid: false, reason, keyId: null, scopes: null, rateLimitPerMinute: null, expiresAt: null });

/** Partner API keys: created and revoked by republican administrators, verified for the gateway. */
export class ApiKeyService {
  constructor(private readonly dataSource: DataSource) {}

  async create(input: CreateApiKeyInput, actor: Identity): Promise<CreatedApiKey> {
    const name = input.name.trim().replace(/\s+/g, ' ');
    const scopes = [...new Set(input.scopes.map((scope) => scope.trim()))];
    const problems: FieldError[] = [];
    if (name.length < 2 || name.length > 200) problems.push({ field: 'name', code: 'LENGTH', message: 'must be 2 to 200 characters' });
    if (!scopes.length) problems.push({ field: 'scopes', code: 'REQUIRED', message: 'needs at least one scope' });
    const unknown = scopes.filter((scope) => !isApiKeyScope(scope));
    if (unknown.length) problems.push({ field: 'scopes', code: 'UNKNOWN_SCOPE', message: `has unknown scopes (${unknown.join(', ')}); known: ${API_KEY_SCOPES.join(', ')}` });
    const expiresAt = new Date(input.expiresAt);
    if (Number.isNaN(expiresAt.getTime()) || expiresAt.getTime() <= Date.now()) {
      problems.push({ field: 'expiresAt', code: 'IN_THE_PAST', message: 'must be in the future' });
    } else if (expiresAt.getTime() > Date.now() + API_KEY_MAX_DAYS * 24 * 3600 * 1000) {
      problems.push({ field: 'expiresAt', code: 'TOO_LATE', message: `must be at most ${API_KEY_MAX_DAYS} days from now` });
    }
    const rate = input.rateLimitPerMinute ?? null;
    if (rate !== null && (!Number.isInteger(rate) || rate < 1 || rate > 100000))
      problems.push({ field: 'rateLimitPerMinute', code: 'OUT_OF_RANGE', message: 'must be 1 to 100000' });
    if (problems.length) throw new ValidationError(problems);

    const { prefix, key } = generateApiKey();
    const repository = this.dataSource.getRepository(ApiKeyEntity);
    const saved = await repository.save(repository.create({ name, prefix, secretHash: hashApiKey(key), scopes, rateLimitPerMinute: rate, expiresAt, createdBy: actor.userId }));
    return { apiKey: toApiKey(saved), secret: key };
  }

  /** Revokes a key; the gateway stops accepting it within its cache time (30 seconds at most). */
  async revoke(id: string, actor: Identity): Promise<ApiKey> {
    if (!isUuid(id)) throw ValidationError.field('id', 'INVALID_ID', 'is not an API key id (a UUID)');
    const repository = this.dataSource.getRepository(ApiKeyEntity);
    await repository
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()', revokedBy: actor.userId })
      .where('id = :id AND revoked_at IS NULL', { id })
      .execute();
    const entity = await repository.findOneBy({ id });
    if (!entity) throw new NotFoundError('ApiKey', id);
    return toApiKey(entity);
  }

  /** Keys, newest first, a page at a time (keyset on created_at, id). */
  async list(activeOnly: boolean | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<ConnectionShape<ApiKey>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const base = this.dataSource.getRepository(ApiKeyEntity).createQueryBuilder('k');
    if (activeOnly) base.andWhere('k.revoked_at IS NULL AND k.expires_at > now()');
    const page = base.clone();
    if (cursor) {
      const [createdAt, id] = cursor;
      if (typeof createdAt !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(createdAt)) || !isUuid(id)) {
        throw ValidationError.field('after', 'INVALID_CURSOR', 'is not a cursor returned by this list; start again without it');
      }
      page.andWhere('(k.created_at, k.id) < (:createdAt::timestamptz, :id::uuid)', { createdAt, id });
    }
    page
      .orderBy('k.created_at', 'DESC')
      .addOrderBy('k.id', 'DESC')
      .limit(limit + 1);
    const [rows, totalCount] = await Promise.all([page.getMany(), base.getCount()]);
    return toConnection(
      rows.map((row) => toApiKey(row)),
      limit,
      totalCount,
      (k) => [k.createdAt.toISOString(), k.id],
    );
  }

  /**
   * The gateway's check of a key: the secret must match the stored hash (compared in constant
   * time), and the key must be neither revoked nor expired. A valid use is recorded as the last use.
   */
  async verify(key: string): Promise<ApiKeyVerification> {
    const match = KEY_FORMAT.exec(key);
    if (!match) return invalid('UNKNOWN_KEY');
    const entity = await this.dataSource.getRepository(ApiKeyEntity).findOneBy({ prefix: match[1] });
    const expected = Buffer.from(entity?.secretHash ?? hashApiKey('decoy'));
    const given = Buffer.from(hashApiKey(key));
    if (!entity || expected.length !== given.length || !timingSafeEqual(expected, given)) return invalid('UNKNOWN_KEY');
    if (entity.revokedAt) return invalid('REVOKED');
    if (entity.expiresAt.getTime() <= Date.now()) return invalid('EXPIRED');
    await this.dataSource.query(`UPDATE identity.api_key SET last_used_at = now() WHERE id = $1`, [entity.id]);
    return { valid: true, reason: null, keyId: entity.id, scopes: entity.scopes, rateLimitPerMinute: entity.rateLimitPerMinute, expiresAt: entity.expiresAt };
  }
}
