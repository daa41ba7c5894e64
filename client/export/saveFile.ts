/**
 * Hands a file to the person as a download: an object URL on a temporary link, clicked.
 * The URL is revoked a little later, once the browser has started the download.
 */
export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** `text` as a UTF-8 file of type `mime`. */
export function saveText(fileName: string, mime: string, text: string): void {
  saveBlob(fileName, new Blob([text], { type: `${mime};charset=utf-8` }));
}
