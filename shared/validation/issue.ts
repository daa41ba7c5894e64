/** One problem of a journey file: where (a JSON path, `""` for the whole file) and what. */
export interface JourneyIssue {
  /** JSON path such as `cards[12].stageId`; the empty string means the file as a whole. */
  path: string;
  /** A short sentence for a person, never a copy of (possibly huge) input. */
  message: string;
}

/** `cards[12].stageId: no stage "s9"`; an issue of the whole file reads `(file): ...`. */
export function formatIssue(issue: JourneyIssue): string {
  return `${issue.path === "" ? "(file)" : issue.path}: ${issue.message}`;
}
