import { CLOSE, type CloseName } from "../../shared/protocol";
import type { MessageKey } from "../i18n/catalogue";

const NAME_BY_CODE = new Map<number, CloseName>(
  (Object.entries(CLOSE) as [CloseName, number][]).map(([name, code]) => [code, name]),
);

/** The name of a close code Baton knows, or null. */
export function closeName(code: number): CloseName | null {
  return NAME_BY_CODE.get(code) ?? null;
}

/**
 * The sentence a person reads when the sync socket closes with `name`. The switch is
 * exhaustive: a new close code in shared/protocol.ts does not compile until it has a sentence.
 */
export function closeMessageKey(name: CloseName): MessageKey {
  switch (name) {
    case "goingAway":
      return "map.close.goingAway";
    case "messageTooBig":
      return "map.close.messageTooBig";
    case "malformed":
      return "map.close.malformed";
    case "unauthorized":
      return "map.close.unauthorized";
    case "forbidden":
      return "map.close.forbidden";
    case "mapDeleted":
      return "map.close.mapDeleted";
    case "keysReplaced":
      return "map.close.keysReplaced";
    case "tooFarBehind":
      return "map.close.tooFarBehind";
    case "tooManyConnections":
      return "map.close.tooManyConnections";
    case "storageFailed":
      return "map.close.storageFailed";
    default: {
      const unreachable: never = name;
      return unreachable;
    }
  }
}
