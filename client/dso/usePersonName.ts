import { useT } from "../i18n/useT";
import { useMapSession } from "../map/useMapSession";

/**
 * A person's name by id for the DSO views: "nobody" for `null` (no journey owner that day),
 * and the id itself for an id the map does not know (never blank).
 */
export function usePersonName(): (id: string | null) => string {
  const session = useMapSession();
  const t = useT();
  const people = session.journey.people ?? [];
  return (id) => (id === null ? t("dso.nobody") : (people.find((p) => p.id === id)?.name ?? id));
}
