import { useRef, useState, type DragEvent } from "react";
import { formatIssue } from "../../shared/validate";
import { ApiError, importMap } from "../api/api";
import { useT } from "../i18n/useT";
import { JsonFileInput } from "../ui/JsonFileInput";
import { ProblemList } from "../ui/ProblemList";
import { openCreatedMap } from "./openCreatedMap";
import { readJourneyFile } from "./readJourneyFile";

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
    setState({ kind: "busy" });
    const checked = await readJourneyFile(file, t("home.import.tooBig"));
    if (!checked.ok) {
      setState({ kind: "invalid", fileName: file.name, problems: checked.problems });
      return;
    }
    try {
      const created = await importMap(checked.text);
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
        <JsonFileInput ref={input} onFile={(file) => void importFile(file)} />
      </div>
      {state.kind === "invalid" && (
        <ProblemList
          heading={
            <>
              {state.fileName}: {t("home.import.invalid")}
            </>
          }
          problems={state.problems}
        />
      )}
      {state.kind === "failed" && (
        <p role="alert" className="error-text">
          {state.message}
        </p>
      )}
    </section>
  );
}
