import type { Person } from "../../shared/schema/person";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";

const NO_PEOPLE: readonly Person[] = [];

/**
 * A person's name by id for the DSO views: "nobody" for `null` (no journey owner that day),
 * and the id itself for an id the map does not know (never blank).
 */
export function usePersonName(): (id: string | null) => string {
  const t = useT();
  const people = useMap((s) => s.journey.people ?? NO_PEOPLE);
  return (id) => (id === null ? t("dso.nobody") : (people.find((p) => p.id === id)?.name ?? id));
}
