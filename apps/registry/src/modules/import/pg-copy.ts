import type { EntityManager } from 'typeorm';

interface PgConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/**
 * `COPY ... FROM STDIN` through node-postgres without an extra package: a "submittable" query
 * that streams the given chunks when the server asks for them. pg calls these handlers.
 */
class CopyFromStdin {
  protected rowCount = 0;
  protected failed: Error | null = null;
  callback?: (error: Error | null, rowCount?: number) => void;

  constructor(
    private readonly text: string,
    private readonly chunks: Buffer[],
  ) {}

  submit(connection: PgConnection): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: PgConnection): void {
    for (const chunk of this.chunks) connection.sendCopyFromChunk(chunk);
    connection.endCopyFrom();
  }

  handleCommandComplete(message: { text: string }): void {
    this.rowCount = Number(/COPY (\d+)/.exec(message.text)?.[1] ?? 0);
  }

  handleError(error: Error): void {
    this.failed = error;
  }

  handleReadyForQuery(): void {
    this.callback?.(this.failed, this.rowCount);
  }

  // pg may call these for other message kinds; COPY FROM sends none of them.
  handleRowDescription(): void {
    /* no rows in a COPY FROM */
  }
  handleDataRow(): void {
    /* no rows in a COPY FROM */
  }
  handleEmptyQuery(): void {
    /* not sent for COPY */
  }
  handleCopyData(): void {
    /* only COPY TO sends data */
  }
}

/** Streams CSV text into `table` with COPY, on the transaction's own connection. */
export async function copyCsvInto(manager: EntityManager, table: string, columns: string[], csv: Buffer[]): Promise<number> {
  const queryRunner = manager.queryRunner;
  if (!queryRunner) throw new Error('copyCsvInto needs a query runner (run it inside a transaction)');
  const client = (await queryRunner.connect()) as { query(q: CopyFromStdin): void };
  return new Promise<number>((resolve, reject) => {
    const copy = new CopyFromStdin(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`, csv);
    copy.callback = (error, rowCount) => (error ? reject(error) : resolve(rowCount ?? 0));
    client.query(copy);
  });
}

/** A COPY FROM STDIN that is fed while the caller is still producing rows. */
export interface CopyStream {
  write(chunk: Buffer): void;
  /** Ends the COPY; resolves with the rows PostgreSQL loaded, rejects with its error. */
  end(): Promise<number>;
}

/** The server side of a streaming COPY: chunks written before PostgreSQL is ready wait for it. */
class StreamingCopyFromStdin extends CopyFromStdin {
  private connection: PgConnection | null = null;
  private readonly waiting: Buffer[] = [];
  private ended = false;

  constructor(text: string) {
    super(text, []);
  }

  override handleCopyInResponse(connection: PgConnection): void {
    this.connection = connection;
    for (const chunk of this.waiting.splice(0)) connection.sendCopyFromChunk(chunk);
    if (this.ended) connection.endCopyFrom();
  }

  write(chunk: Buffer): void {
    if (this.ended) throw new Error('COPY already ended');
    if (this.connection) this.connection.sendCopyFromChunk(chunk);
    else this.waiting.push(chunk);
  }

  finish(): void {
    if (this.ended) return;
    this.ended = true;
    this.connection?.endCopyFrom();
  }
}

/**
 * Starts `COPY table (columns) FROM STDIN (FORMAT csv)` on the transaction's connection and returns
 * a stream to feed it: PostgreSQL parses and stores rows while Node is still checking the next
 * ones (two cores busy instead of one). Nothing else may use the connection until `end()`.
 */
export async function openCopyFrom(manager: EntityManager, table: string, columns: string[]): Promise<CopyStream> {
  const queryRunner = manager.queryRunner;
  if (!queryRunner) throw new Error('openCopyFrom needs a query runner (run it inside a transaction)');
  const client = (await queryRunner.connect()) as { query(q: CopyFromStdin): void };
  const copy = new StreamingCopyFromStdin(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`);
  const done = new Promise<number>((resolve, reject) => {
    copy.callback = (error, rowCount) => (error ? reject(error) : resolve(rowCount ?? 0));
  });
  // Reported by end(); without a handler now, an early server error would be an unhandled rejection.
  done.catch(() => undefined);
  client.query(copy);
  return {
    write: (chunk) => copy.write(chunk),
    end: () => {
      copy.finish();
      return done;
    },
  };
}
