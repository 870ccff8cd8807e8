import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiKeysAndAudit1764500000000 implements MigrationInterface {
  name = 'ApiKeysAndAudit1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Partner API keys: only the SHA-256 of the secret is kept; the prefix finds the row.
    await queryRunner.query(`
      CREATE TABLE identity.api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 200),
        prefix text NOT NULL UNIQUE,
        secret_hash text NOT NULL,
        scopes text[] NOT NULL CHECK (cardinality(scopes) > 0),
        rate_limit_per_minute int CHECK (rate_limit_per_minute BETWEEN 1 AND 100000),
        expires_at timestamptz(3) NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        revoked_at timestamptz(3),
        revoked_by text,
        last_used_at timestamptz(3),
        CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
      )`);
    await queryRunner.query(`CREATE INDEX api_key_created_idx ON identity.api_key (created_at DESC, id DESC)`);
    // Every mutation, allowed or refused, from every subgraph and the gateway.
    await queryRunner.query(`
      CREATE TABLE identity.audit_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- The event (or gateway record) it came from: a redelivered one is stored once.
        source_id text NOT NULL UNIQUE,
        occurred_at timestamptz(3) NOT NULL,
        recorded_at timestamptz(3) NOT NULL DEFAULT now(),
        service text NOT NULL,
        user_id text,
        role text,
        region_code text,
        key_id text,
        operation text NOT NULL,
        operation_name text,
        target_ids text[] NOT NULL DEFAULT '{}',
        outcome text NOT NULL,
        request_id text
      )`);
    await queryRunner.query(`CREATE INDEX audit_entry_time_idx ON identity.audit_entry (occurred_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX audit_entry_user_idx ON identity.audit_entry (user_id, occurred_at DESC)`);
    await queryRunner.query(`CREATE INDEX audit_entry_operation_idx ON identity.audit_entry (operation, occurred_at DESC)`);
    await queryRunner.query(`CREATE INDEX audit_entry_refused_idx ON identity.audit_entry (occurred_at DESC) WHERE outcome <> 'OK'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE identity.audit_entry`);
    await queryRunner.query(`DROP TABLE identity.api_key`);
  }
}
