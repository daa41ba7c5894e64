import { ID_BYTES, newId } from "../../shared/commands/newId";

/** A new entity id from the browser's random bytes (shared/ takes the randomness as an argument). */
export function freshId(): string {
  return newId(crypto.getRandomValues(new Uint8Array(ID_BYTES)));
}
