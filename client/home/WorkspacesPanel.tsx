import { useState, useSyncExternalStore, type FormEvent } from "react";
import { workspaceHref } from "../app/route";
import { navigate } from "../app/useRoute";
import { deviceWorkspaces } from "../device/deviceWorkspaces";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import { RoleBadge } from "../ui/RoleBadge";
import { createWorkspace } from "../workspace/workspaceApi";

/**
 * Workspaces: the ones used on this device (most recent first, with the role each link gives)
 * and a new one, opened at once as its owner.
 */
export function WorkspacesPanel() {
  const t = useT();
  const { lang } = useLanguage();
  const list = useSyncExternalStore(deviceWorkspaces.onChange, deviceWorkspaces.snapshot);
  const [title, setTitle] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const create = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = title.trim();
    if (trimmed === "") return;
    setBusy(true);
    setError(null);
    try {
      const created = await createWorkspace({ title: trimmed, lang });
      deviceWorkspaces.remember({ id: created.id, title: trimmed, role: "owner", key: created.ownerKey, editKey: created.editKey, viewKey: created.viewKey });
      navigate(workspaceHref(created.id, created.ownerKey));
    } catch (err) {
      setError(t("workspace.device.failed", { message: err instanceof Error ? err.message : String(err) }));
      setBusy(false);
    }
  };
  return (
    <section className="panel" aria-labelledby="ws-list-heading">
      <h2 id="ws-list-heading">{t("workspace.device.heading")}</h2>
      <p className="muted">{t("workspace.device.intro")}</p>
      {list.length > 0 && (
        <ul className="recent-list">
          {list.map((w) => (
            <li key={`${w.id}:${w.key}`} className="recent-item">
              <a
                href={workspaceHref(w.id, w.key)}
                className="recent-link"
                onClick={(e) => {
                  e.preventDefault();
                  navigate(workspaceHref(w.id, w.key));
                }}
              >
                <span className="recent-title">{w.title}</span>
                <span className="recent-meta">
                  <RoleBadge role={w.role} />
                </span>
              </a>
              <button
                type="button"
                className="icon-button"
                aria-label={t("workspace.device.forget", { title: w.title })}
                title={t("workspace.device.forget", { title: w.title })}
                onClick={() => deviceWorkspaces.forget(w.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="ws-inline-form" onSubmit={create}>
        <input
          type="text"
          value={title}
          maxLength={200}
          aria-label={t("workspace.device.titleLabel")}
          placeholder={t("workspace.device.titlePlaceholder")}
          onChange={(e) => setTitle(e.target.value)}
        />
        <button type="submit" className="btn btn-primary" disabled={busy || title.trim() === ""}>
          {busy ? t("home.create.creating") : t("workspace.device.create")}
        </button>
      </form>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </section>
  );
}
