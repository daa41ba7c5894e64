import type { Role } from "../map/MapSession";
import { useT } from "../i18n/useT";

/** Owner / Editor / Viewer as a small badge. */
export function RoleBadge({ role }: { role: Role }) {
  const t = useT();
  return <span className={`badge badge-role-${role}`}>{t(`common.role.${role}`)}</span>;
}
