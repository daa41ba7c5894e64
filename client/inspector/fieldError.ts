import { z } from "zod/mini";
import type { T } from "../i18n/useT";

/** A person's sentence for why a value does not pass a field's schema, or null when it does. */
export function fieldError(schema: z.core.$ZodType, value: unknown, t: T): string | null {
  const result = z.safeParse(schema, value);
  if (result.success) return null;
  const issue = result.error.issues[0];
  if (!issue) return null;
  if (issue.code === "too_big" && typeof issue.maximum === "number" && issue.origin === "string") {
    return t("editor.field.tooLong", { max: issue.maximum });
  }
  if (issue.code === "too_small" && issue.origin === "string") return t("editor.field.required");
  if (issue.code === "too_small" || issue.code === "invalid_type" || issue.code === "too_big") return t("editor.field.wholeNumber");
  return issue.message;
}
