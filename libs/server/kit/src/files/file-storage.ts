import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where uploaded file contents live; the database keeps their metadata and key. Local disk by
 * default; an object store fits behind the same three calls.
 */
export interface FileStorage {
  put(key: string, content: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  /** Removing a missing key is not an error. */
  remove(key: string): Promise<void>;
}

/** Puts a content under a fresh key (`prefix` and a UUID) and returns the key. */
export type StoreFile = (content: Buffer, prefix?: string) => Promise<string>;

/**
 * Runs `work` with `store`, and removes every file it stored again when `work` fails: the rows
 * that name the files are written in `work`'s transaction, so a refused change leaves neither
 * rows nor files.
 */
export async function withStoredFiles<T>(storage: FileStorage, work: (store: StoreFile) => Promise<T>): Promise<T> {
  const keys: string[] = [];
  try {
    return await work(async (content, prefix = '') => {
      const key = `${prefix}${randomUUID()}`;
      await storage.put(key, content);
      keys.push(key);
      return key;
    });
  } catch (error) {
    await Promise.all(keys.map((key) => storage.remove(key).catch(() => undefined)));
    throw error;
  }
}

const SAFE_KEY = /^[a-z0-9-]+$/;

/** Files under one folder, sharded by the key's first two characters; for a single machine. */
export class LocalDiskFileStorage implements FileStorage {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  async put(key: string, content: Buffer): Promise<void> {
    const file = this.file(key);
    await mkdir(path.dirname(file), { recursive: true });
    // `wx`: never overwrite; keys are fresh UUIDs, so an existing file means a bug, not a retry.
    await writeFile(file, content, { flag: 'wx' });
  }

  async get(key: string): Promise<Buffer> {
    return readFile(this.file(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }

  private file(key: string): string {
    if (!SAFE_KEY.test(key)) throw new Error(`Unsafe storage key ${key}`);
    return path.join(this.root, key.slice(0, 2), key);
  }
}
