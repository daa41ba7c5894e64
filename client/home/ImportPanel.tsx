import { useRef, useState, type DragEvent } from "react";
import { LIMITS } from "../../shared/schema/common";
import { formatIssue, parseJourneyText } from "../../shared/validate";
import { ApiError, importMap } from "../api/api";
import { useT } from "../i18n/useT";
import { openCreatedMap } from "./openCreatedMap";

type ImportState =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "invalid"; fileName: string; problems: readonly string[] }
  | { kind: "failed"; message: string };

/**
 * Import a journey file by picker or drag-and-drop. The file is checked here first with the
 * same `validateJourney` the server uses, so every problem is listed at once; the server checks
 * again and stores all of it or nothing.
 */
export function ImportPanel() {
  const t = useT();
  const [state, setState] = useState<ImportState>({ kind: "idle" });
  const [dragOver, setDragOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const importFile = async (file: File) => {
    if (file.size > LIMITS.jsonBytes) {
      setState({ kind: "invalid", fileName: file.name, problems: [t("home.import.tooBig")] });
      return;
    }
    setState({ kind: "busy" });
    const text = await file.text();
    const checked = parseJourneyText(text);
    if (!checked.ok) {
      setState({ kind: "invalid", fileName: file.name, problems: checked.issues.map(formatIssue) });
      return;
    }
    try {
      const created = await importMap(text);
      openCreatedMap(created, checked.journey.title);
    } catch (err) {
      if (err instanceof ApiError && err.issues.length > 0) {
        setState({ kind: "invalid", fileName: file.name, problems: err.issues.map(formatIssue) });
      } else {
        setState({ kind: "failed", message: t("home.import.failed", { message: err instanceof Error ? err.message : String(err) }) });
      }
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragOver(false);
    const file = e.dataTransfer.files[0];
    if (file) void importFile(file);
  };

  return (
    <section className="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">{t("home.import.heading")}</h2>
      <div
        className={`dropzone${dragOver ? " is-over" : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragOver(true);
        }}
        onDragLeave={() => setDragOver(false)}
        onDrop={onDrop}
      >
        <svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" className="dropzone-icon">
          <path d="M12 3v12m0 0-4-4m4 4 4-4M5 17v2a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-2" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span>
          {state.kind === "busy" ? (
            t("home.import.importing")
          ) : (
            <>
              {t("home.import.drop")}{" "}
              <button type="button" className="link-button" onClick={() => input.current?.click()}>
                {t("home.import.pick")}
              </button>
            </>
          )}
        </span>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          aria-label={t("home.import.fileInput")}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (file) void importFile(file);
          }}
        />
      </div>
      {state.kind === "invalid" && (
        <div role="alert" className="problem-list">
          <p>
            <strong>{state.fileName}</strong>: {t("home.import.invalid")}
          </p>
          <ul>
            {state.problems.map((p, i) => (
              <li key={i}>
                <code>{p}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {state.kind === "failed" && (
        <p role="alert" className="error-text">
          {state.message}
        </p>
      )}
    </section>
  );
}
