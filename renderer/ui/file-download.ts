/**
 * Handing a file to the person: an <a download> click, which Electron answers with its save dialog and a
 * browser with its downloads. One place, so every export leaves the window the same way.
 */

/** Starts the download of a URL the app serves (same origin), saved under fileName. */
export function downloadUrl(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/** Hands text to the browser as a file download, through a Blob URL. */
export function downloadText(fileName: string, content: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  downloadUrl(url, fileName);
  // Long enough for the download to have read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
