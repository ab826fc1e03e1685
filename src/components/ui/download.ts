/**
 * Saving text as a file: a Blob behind a temporary link (DOM only, no storage). Used for
 * the session handout (Markdown) and the progress export (JSON).
 */

/** Starts a download of `text` as `fileName`, with the given MIME type (UTF-8 text). */
export function downloadFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download in some browsers (some start it asynchronously).
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
