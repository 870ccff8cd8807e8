/**
 * Where attachment contents live; the database keeps only their metadata and key. Kept inside
 * assistance on purpose: the registry may grow its own, and sharing waits until both settle.
 */
export interface AttachmentStorage {
  put(key: string, content: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  /** Removing a missing key is not an error. */
  remove(key: string): Promise<void>;
}
