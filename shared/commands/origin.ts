/**
 * Every Y.Doc transaction carries one of these strings as its origin.
 *
 * - `local`: a person's own edit on this device. The page's per-user UndoManager tracks
 *   exactly this origin, so undo never reverts someone else's change.
 * - `workshop`: a local change that must stay out of undo history (dot votes, the timer).
 * - `import`: a whole journey written into a document (file import, a template, PUT).
 * - `server`: a change the server itself makes (PUT replacing content).
 * - `restore`: the server making a document equal to one of its versions (History), one
 *   transaction, so every client receives the restore as one forward change.
 * - `remote`: updates applied from the network by our own code (tests, tools). The stock
 *   y-websocket provider uses itself as the origin of the updates it applies.
 */
export const ORIGINS = ["local", "workshop", "import", "server", "restore", "remote"] as const;
export type Origin = (typeof ORIGINS)[number];
