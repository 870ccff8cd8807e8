/** A file the page handed to the browser to save: its name and its content. */
export interface SavedFile {
  fileName: string;
  blob: Blob;
}

/**
 * Stands in for the browser's saving of a file (an object URL clicked as a link's download): the
 * files saved land in the returned list, in order. `jest.restoreAllMocks()` after each test.
 */
export function captureSavedFiles(): SavedFile[] {
  const saved: SavedFile[] = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = jest.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size + 1}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = jest.fn();
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ blob: blobs.get(this.href) as Blob, fileName: this.download });
  });
  return saved;
}

/** The answer of a query whose `field` is a file to download (`ExportFile`) holding `content`, as a mock's counted `result`. */
export function exportFileResult(field: string, fileName: string, contentType: string, content: string) {
  return jest.fn(() => ({
    data: { [field]: { __typename: 'ExportFile', fileName, contentType, contentBase64: Buffer.from(content, 'utf8').toString('base64'), byteSize: Buffer.byteLength(content) } },
  }));
}
