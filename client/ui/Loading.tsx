import { useT } from "../i18n/useT";

/** What shows while a part of the page is still being downloaded (a lazily loaded chunk). */
export function Loading() {
  const t = useT();
  return (
    <p className="muted loading" role="status">
      {t("common.loading")}
    </p>
  );
}
