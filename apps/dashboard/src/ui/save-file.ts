/** A file the API made, as its export fields return it. */
export interface DownloadedFile {
  fileName: string;
  contentType: string;
  contentBase64: string;
}

/** Decodes base64 content and offers it to the browser as a download (a Blob behind a temporary object URL). */
export function saveFile(file: DownloadedFile): void {
  const bytes = Uint8Array.from(atob(file.contentBase64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the click has been handled: some browsers start the download after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
