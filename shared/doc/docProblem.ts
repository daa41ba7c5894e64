/**
 * Something the reader left out of the journey because it did not validate: an entity (by its
 * collection and id), a field of the map itself (`meta`), or a whole list cut for size.
 */
export interface DocProblem {
  /** `cards`, `links`, ... ; `meta` for the title, description and persona; `rotation`; `journey` for the size limit. */
  readonly collection: string;
  /** The entity's id (the key in its collection); the field name for `meta`; `""` for a whole list. */
  readonly id: string;
  /** A short sentence for a person, never a copy of the offending value. */
  readonly message: string;
}

/** The journey a document holds, always valid, and what was left out to make it so. */
export interface DocReading<J> {
  readonly journey: J;
  readonly problems: DocProblem[];
}
