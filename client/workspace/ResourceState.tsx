import type { ReactNode } from "react";
import { useT } from "../i18n/useT";
import type { Resource } from "./useWorkspaceResource";

/** A view's data state: loading, a refused or failed fetch (in words), empty, or the content. */
export function ResourceState<T>({ resource, empty, children }: { resource: Resource<T>; empty: string | null; children: ReactNode }) {
  const t = useT();
  if (resource.data === null && resource.error) {
    return (
      <p role="alert" className="error-text">
        {t("workspace.loadFailed", { message: resource.error.message })}
      </p>
    );
  }
  if (resource.data === null) return <p className="muted" aria-live="polite">{t("workspace.loadingView")}</p>;
  return (
    <>
      {resource.error && (
        <p role="alert" className="error-text">
          {t("workspace.refreshFailed", { message: resource.error.message })}
        </p>
      )}
      {empty ? <p className="ws-empty">{empty}</p> : children}
    </>
  );
}
