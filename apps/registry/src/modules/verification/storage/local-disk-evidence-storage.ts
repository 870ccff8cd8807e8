import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EvidenceStorage } from './evidence-storage';

const SAFE_KEY = /^[a-z0-9-]+$/;

/** Evidence files under one folder, sharded by the key's first two characters. */
export class LocalDiskEvidenceStorage implements EvidenceStorage {
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  async put(key: string, content: Buffer): Promise<void> {
    const file = this.file(key);
    await mkdir(path.dirname(file), { recursive: true });
    // Keys are fresh UUIDs: an existing file would be a bug, never a retry, so never overwrite.
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
