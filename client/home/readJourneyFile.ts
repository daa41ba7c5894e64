import { LIMITS } from "../../shared/schema/common";
import type { Journey } from "../../shared/schema/journey";
import { formatIssue, parseJourneyText } from "../../shared/validate";

/** A picked journey file, read and checked here with the server's own validator, so every problem is listed at once. */
export type ReadJourneyFile = { ok: true; text: string; journey: Journey } | { ok: false; problems: readonly string[] };

/** Reads and checks a journey file; `tooBig` is the page's sentence for a file over the size limit (not read at all). */
export async function readJourneyFile(file: File, tooBig: string): Promise<ReadJourneyFile> {
  if (file.size > LIMITS.jsonBytes) return { ok: false, problems: [tooBig] };
  const text = await file.text();
  const checked = parseJourneyText(text);
  return checked.ok ? { ok: true, text, journey: checked.journey } : { ok: false, problems: checked.issues.map(formatIssue) };
}
