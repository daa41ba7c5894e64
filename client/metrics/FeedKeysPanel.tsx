import { useCallback, useEffect, useState, type FormEvent } from "react";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import { ToolIcon } from "../ui/ToolIcon";
import { useWorkspaceSession } from "../workspace/WorkspaceSession";
import { createFeedKey, listFeedKeys, pointsUrl, revokeFeedKey, type CreatedFeedKey, type FeedKeyInfo } from "./feedApi";

/**
 * The owner's feed keys (WK1, MT3): keys a survey tool or a script uses to post metric points
 * and nothing else. A new key is shown once, with a curl example; revoking asks first.
 */
export function FeedKeysPanel() {
  const t = useT();
  const { lang } = useLanguage();
  const session = useWorkspaceSession();
  const [keys, setKeys] = useState<readonly FeedKeyInfo[] | null>(null);
  const [created, setCreated] = useState<CreatedFeedKey | null>(null);
  const [label, setLabel] = useState("");
  const [error, setError] = useState<string | null>(null);
  const fmt = new Intl.DateTimeFormat(lang, { dateStyle: "medium" });
  const load = useCallback(() => {
    listFeedKeys(session.id, session.key).then(
      (r) => setKeys(r.keys),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [session.id, session.key]);
  useEffect(load, [load]);
  const create = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    createFeedKey(session.id, session.key, label).then(
      (k) => {
        setCreated(k);
        setLabel("");
        load();
      },
      (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
    );
  };
  const revoke = (k: FeedKeyInfo) => {
    if (!window.confirm(t("metrics.feed.confirmRevoke", { label: k.label }))) return;
    revokeFeedKey(session.id, session.key, k.id).then(
      () => {
        if (created?.id === k.id) setCreated(null);
        load();
      },
      (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
    );
  };
  const example = session.doc.metrics[0];
  return (
    <section className="mt-feed" aria-labelledby="mt-feed-title">
      <h3 id="mt-feed-title">{t("metrics.feed.title")}</h3>
      <p className="muted">{t("metrics.feed.explain")}</p>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <form className="ws-inline-form" onSubmit={create} aria-label={t("metrics.feed.create")}>
        <input type="text" aria-label={t("metrics.feed.label")} placeholder={t("metrics.feed.labelPlaceholder")} value={label} maxLength={80} onChange={(e) => setLabel(e.target.value)} />
        <button type="submit" className="btn btn-small">
          {t("metrics.feed.create")}
        </button>
      </form>
      {created && (
        <div className="mt-feed-new" role="status">
          <p>{t("metrics.feed.once", { label: created.label })}</p>
          <code className="mt-feed-key">{created.key}</code>
          <button type="button" className="btn btn-small" onClick={() => void navigator.clipboard?.writeText(created.key)}>
            <ToolIcon name="copy" size={13} /> {t("metrics.feed.copy")}
          </button>
          {example && (
            <pre className="mt-feed-curl" aria-label={t("metrics.feed.curl")}>
              {`curl -X POST ${pointsUrl(window.location.origin, session.id, example.id)} \\\n  -H "Authorization: Bearer ${created.key}" \\\n  -H "Content-Type: application/json" \\\n  -d '[{"on": "${session.today}", "value": 87}]'`}
            </pre>
          )}
        </div>
      )}
      {keys === null ? (
        <p className="muted">{t("metrics.feed.loading")}</p>
      ) : keys.length === 0 ? (
        <p className="muted">{t("metrics.feed.none")}</p>
      ) : (
        <ul className="mt-feed-keys" aria-label={t("metrics.feed.title")}>
          {keys.map((k) => (
            <li key={k.id}>
              <span>{k.label}</span>
              <span className="muted">{t("metrics.feed.created", { on: fmt.format(new Date(k.createdAt)) })}</span>
              <button type="button" className="btn btn-small" onClick={() => revoke(k)}>
                {t("metrics.feed.revoke")}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
