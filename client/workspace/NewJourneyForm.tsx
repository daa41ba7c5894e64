import { useRef, useState, type FormEvent } from "react";
import { TEMPLATE_IDS, type TemplateId } from "../../shared/templates";
import { formatIssue } from "../../shared/validate";
import { ApiError } from "../api/api";
import type { MessageKey } from "../i18n/catalogue";
import { useLanguage } from "../i18n/useLanguage";
import { useT } from "../i18n/useT";
import { readJourneyFile } from "../home/readJourneyFile";
import { JsonFileInput } from "../ui/JsonFileInput";
import { ProblemList } from "../ui/ProblemList";
import { useWorkspaceSession } from "./WorkspaceSession";
import { createWorkspaceMap } from "./workspaceApi";

type State = { kind: "idle" } | { kind: "busy" } | { kind: "done"; title: string } | { kind: "problems"; heading: string; problems: readonly string[] };

/**
 * New journey (blank or a template, in the page's language) and import of a journey file into
 * this workspace (checked here first with the server's own validator, so every problem is
 * listed at once). The new journey appears in the table as soon as the server's projection has it.
 */
export function NewJourneyForm() {
  const t = useT();
  const { lang } = useLanguage();
  const session = useWorkspaceSession();
  const [title, setTitle] = useState("");
  const [template, setTemplate] = useState<TemplateId>("blank");
  const [state, setState] = useState<State>({ kind: "idle" });
  const file = useRef<HTMLInputElement>(null);

  const failed = (err: unknown, heading: string) =>
    setState({
      kind: "problems",
      heading,
      problems: err instanceof ApiError && err.issues.length > 0 ? err.issues.map(formatIssue) : [err instanceof Error ? err.message : String(err)],
    });

  const create = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = title.trim();
    setState({ kind: "busy" });
    try {
      await createWorkspaceMap(session.id, session.key, { ...(trimmed ? { title: trimmed } : {}), template, lang });
      setTitle("");
      setState({ kind: "done", title: trimmed || t(`home.template.${template}` as MessageKey) });
      session.changes.notify();
    } catch (err) {
      failed(err, t("workspace.create.failed"));
    }
  };

  const importFile = async (f: File) => {
    setState({ kind: "busy" });
    const checked = await readJourneyFile(f, t("home.import.tooBig"));
    if (!checked.ok) return setState({ kind: "problems", heading: `${f.name}: ${t("home.import.invalid")}`, problems: checked.problems });
    try {
      await createWorkspaceMap(session.id, session.key, { journey: checked.journey });
      setState({ kind: "done", title: checked.journey.title });
      session.changes.notify();
    } catch (err) {
      failed(err, `${f.name}: ${t("home.import.invalid")}`);
    }
  };

  return (
    <div className="ws-create">
      <form className="ws-create-form" onSubmit={create} aria-label={t("workspace.create.heading")}>
        <input
          type="text"
          value={title}
          maxLength={200}
          aria-label={t("workspace.create.titleLabel")}
          placeholder={t("workspace.create.titleLabel")}
          onChange={(e) => setTitle(e.target.value)}
        />
        <select aria-label={t("home.template.label")} value={template} onChange={(e) => setTemplate(e.target.value as TemplateId)}>
          {TEMPLATE_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`home.template.${id}` as MessageKey)}
            </option>
          ))}
        </select>
        <button type="submit" className="btn btn-primary btn-small" disabled={state.kind === "busy"}>
          {t("workspace.create.button")}
        </button>
        <button type="button" className="btn btn-small" disabled={state.kind === "busy"} onClick={() => file.current?.click()}>
          {t("workspace.import.button")}
        </button>
        <JsonFileInput ref={file} onFile={(f) => void importFile(f)} />
      </form>
      <div aria-live="polite" className="ws-create-status">
        {state.kind === "busy" && <span className="muted">{t("home.create.creating")}</span>}
        {state.kind === "done" && <span className="ws-ok">{t("workspace.create.done", { title: state.title })}</span>}
      </div>
      {state.kind === "problems" && <ProblemList heading={state.heading} problems={state.problems} />}
    </div>
  );
}
