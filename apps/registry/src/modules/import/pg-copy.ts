import type { EntityManager } from 'typeorm';

interface PgConnection {
  query(text: string): void;
  endCopyFrom(): void;
  /** The socket to the server. */
  stream: { cork(): void; uncork(): void; write(data: Buffer): boolean };
}

/** A CopyData message's header: its type byte, 'd', and its length, which counts itself (4 bytes) and the data. */
function copyDataHeader(dataBytes: number): Buffer {
  const header = Buffer.allocUnsafe(5);
  header[0] = 0x64;
  header.writeInt32BE(dataBytes + 4, 1);
  return header;
}

/**
 * `COPY ... FROM STDIN` through node-postgres without an extra package: a "submittable" query
 * that streams the given chunks when the server asks for them. pg calls these handlers.
 */
class CopyFromStdin {
  private rowCount = 0;
  private done = false;
  callback?: (error: Error | null, rowCount?: number) => void;

  constructor(
    private readonly text: string,
    private readonly chunks: Buffer[],
  ) {}

  submit(connection: PgConnection): void {
    connection.query(this.text);
  }

  /**
   * Each chunk goes to the socket as it is, behind its own 5-byte header. (pg's sendCopyFromChunk
   * would first copy it into a freshly allocated message buffer: for a megabyte chunk, a megabyte
   * of new memory touched and copied, a tenth of the import's writing time.)
   */
  handleCopyInResponse(connection: PgConnection): void {
    const { stream } = connection;
    stream.cork();
    for (const chunk of this.chunks) {
      if (!chunk.length) continue;
      stream.write(copyDataHeader(chunk.length));
      stream.write(chunk);
    }
    connection.endCopyFrom();
    stream.uncork();
  }

  handleCommandComplete(message: { text: string }): void {
    this.rowCount = Number(/COPY (\d+)/.exec(message.text)?.[1] ?? 0);
  }

  // node-postgres forgets a query that failed: it calls handleError and never its handleReadyForQuery.
  handleError(error: Error): void {
    this.finish(error);
  }

  handleReadyForQuery(): void {
    this.finish(null);
  }

  private finish(error: Error | null): void {
    if (this.done) return;
    this.done = true;
    this.callback?.(error, this.rowCount);
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
