import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AttachmentStorage } from './attachment-storage';

const SAFE_KEY = /^[a-z0-9-]+$/;

/** Attachments as files under one directory, the default for a single machine. */
export class LocalDiskStorage implements AttachmentStorage {
  constructor(private readonly root: string) {}

  async put(key: string, content: Buffer): Promise<void> {
    const file = this.file(key);
    await mkdir(path.dirname(file), { recursive: true });
    // `wx`: never overwrite; keys are fresh UUIDs, so an existing file means a bug, not a retry.
    await writeFile(file, content, { flag: 'wx' });
  }

  get(key: string): Promise<Buffer> {
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
