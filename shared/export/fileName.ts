/** The longest file name stem the exports produce (before the extension). */
export const MAX_STEM = 80;

/**
 * A file name for an export of the map called `title`: letters and digits kept (accents
 * folded: `Müller` gives `Muller`), every other run of characters one `-`, at most `MAX_STEM`
 * characters, `journey` when nothing is left. The result is plain ASCII without quotes,
 * slashes or control characters, so it is safe in a `Content-Disposition` header and on every
 * file system.
 */
export function exportFileName(title: string, extension: string): string {
  const stem = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .replace(/[^A-Za-z0-9_]+/g, "-")
    .replace(/^[-_]+|[-_]+$/g, "")
    .slice(0, MAX_STEM)
    .replace(/[-_]+$/g, "");
  return `${stem === "" ? "journey" : stem}.${extension}`;
}
