/**
 * Where evidence file contents live; the database keeps their metadata and key. Local disk by
 * default; an object store fits behind the same three calls.
 */
export interface EvidenceStorage {
  put(key: string, content: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  /** Removing a missing key is not an error. */
  remove(key: string): Promise<void>;
}
