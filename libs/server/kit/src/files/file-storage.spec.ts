import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LocalDiskFileStorage } from './file-storage';

describe('LocalDiskFileStorage', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'birge-files-'));
  const storage = new LocalDiskFileStorage(root);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('stores, reads and removes a file by key, never overwriting one', async () => {
    const key = '0f8e2a1c-1111-4222-8333-944455556666';
    await storage.put(key, Buffer.from('Қамқор'));
    expect((await storage.get(key)).toString()).toBe('Қамқор');
    await expect(storage.put(key, Buffer.from('other'))).rejects.toThrow();
    await storage.remove(key);
    await expect(storage.get(key)).rejects.toThrow();
    await expect(storage.remove(key)).resolves.toBeUndefined();
  });

  it('refuses keys that could leave its folder', async () => {
    await expect(storage.put('../escape', Buffer.from('x'))).rejects.toThrow(/Unsafe storage key/);
    await expect(storage.get('a/b')).rejects.toThrow(/Unsafe storage key/);
  });
});
