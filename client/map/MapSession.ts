
/** What a key lets its holder do (api.md, "Maps and keys"; `participant`: API-RULES.md P1-P7). */
export type Role = "owner" | "editor" | "participant" | "viewer";

/** `true` when `role` may change the map (owners and editors). */
export function roleCanEdit(role: Role): boolean {
  return role === "owner" || role === "editor";
}

/** `true` when `role` may vote and comment (everyone but viewers, P7). */
export function roleCanTakePart(role: Role): boolean {
  return role !== "viewer";
}

/** One thing a reader skipped because it did not validate (see shared/doc/LAYOUT.md). */
export interface MapProblem {
  readonly collection: string;
  readonly id: string;
  readonly message: string;
}
