/** A step into a JSON value: an object key or an array index. */
export type PathStep = string | number;

/** Longest key shown in a path; longer (hostile) keys are cut so messages stay short. */
const MAX_KEY_SHOWN = 40;
const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Writes a path the way JavaScript would: `cards[12].stageId`, `persona["odd key"]`.
 * The root is the empty string. Keys longer than 40 code units are cut with `…`.
 */
export function formatPath(steps: readonly PathStep[]): string {
  let out = "";
  for (const step of steps) out = appendStep(out, step);
  return out;
}

/** `base` plus one step, with the same rules as {@link formatPath}. */
export function appendStep(base: string, step: PathStep): string {
  if (typeof step === "number") return `${base}[${step}]`;
  const shown = step.length > MAX_KEY_SHOWN ? `${step.slice(0, MAX_KEY_SHOWN)}…` : step;
  if (PLAIN_KEY.test(step)) return base === "" ? shown : `${base}.${shown}`;
  return `${base}[${JSON.stringify(shown)}]`;
}
