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

/**
 * What shows while a dialog's code is downloaded: a dimmed layer over the page with the loading
 * message, so nothing in the page moves and the dialog then opens in its place.
 */
export function LoadingOverlay() {
  return (
    <div className="loading-overlay">
      <Loading />
    </div>
  );
}
