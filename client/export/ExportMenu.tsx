import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useT } from "../i18n/useT";
import { useLanguage } from "../i18n/useLanguage";
import type { MessageKey } from "../i18n/catalogue";
import { useMapStores } from "../map/MapStoreContext";
import { ToolIcon } from "../ui/ToolIcon";
import "./export.css";

type Format = "json" | "svg" | "png" | "mermaid" | "csv";

const FORMATS: readonly { format: Format; label: MessageKey; hint: MessageKey }[] = [
  { format: "json", label: "export.json", hint: "export.json.hint" },
  { format: "svg", label: "export.svg", hint: "export.svg.hint" },
  { format: "png", label: "export.png", hint: "export.png.hint" },
  { format: "mermaid", label: "export.mermaid", hint: "export.mermaid.hint" },
  { format: "csv", label: "export.csv", hint: "export.csv.hint" },
];

/**
 * The map header's "Export" menu button (WAI-ARIA menu button pattern): Enter, Space or the
 * arrow keys open it, the arrows, Home and End move between the formats, Enter picks one,
 * Escape closes it and returns focus to the button; a click outside closes it too. Every export
 * is drawn from the journey of the open map, in the page's language where it has words.
 */
export function ExportMenu() {
  const t = useT();
  const { lang } = useLanguage();
  // The journey is read when a format is picked: the menu does not render on every edit.
  const { map } = useMapStores();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState<MessageKey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const menuId = useId();

  useEffect(() => {
    if (open) itemRefs.current[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (e.target instanceof Node && !rootRef.current?.contains(e.target)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  const openAt = (index: number) => {
    setActive(index);
    setOpen(true);
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const run = async (format: Format, label: MessageKey) => {
    close(true);
    setError(null);
    try {
      // The exporters are downloaded when the first export is picked, not with the map.
      const { downloadCsv, downloadJson, downloadMermaid, downloadPng, downloadSvg } = await import("./downloads");
      const journey = map.getState().journey;
      switch (format) {
        case "json":
          return downloadJson(journey);
        case "svg":
          return downloadSvg(journey, lang);
        case "png":
          setBusy(label);
          return await downloadPng(journey, lang);
        case "mermaid":
          return downloadMermaid(journey);
        case "csv":
          return downloadCsv(journey, lang);
      }
    } catch (e) {
      setError(t("export.failed", { format: t(label), reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(null);
    }
  };

  const onButtonKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === "ArrowDown" || e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      openAt(0);
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      openAt(FORMATS.length - 1);
    }
  };

  const onMenuKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const last = FORMATS.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: active === last ? 0 : active + 1,
      ArrowUp: active === 0 ? last : active - 1,
      Home: 0,
      End: last,
    };
    const next = moves[e.key];
    if (next !== undefined) {
      e.preventDefault();
      setActive(next);
    } else if (e.key === "Escape") {
      e.preventDefault();
      close(true);
    } else if (e.key === "Tab") {
      close(false);
    }
  };

  return (
    <div className="export-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="btn btn-small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={busy !== null}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        <ToolIcon name="download" />
        {t("export.menu")}
      </button>
      {open && (
        <div id={menuId} role="menu" aria-label={t("export.menu")} className="export-menu-list" onKeyDown={onMenuKeyDown}>
          {FORMATS.map((f, i) => (
            <button
              key={f.format}
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={i === active ? 0 : -1}
              aria-label={t(f.label)}
              aria-describedby={`${menuId}-${f.format}`}
              className="export-menu-item"
              onClick={() => void run(f.format, f.label)}
            >
              <span className="export-menu-name">{t(f.label)}</span>
              <span id={`${menuId}-${f.format}`} className="export-menu-hint">
                {t(f.hint)}
              </span>
            </button>
          ))}
        </div>
      )}
      {busy !== null && (
        <span role="status" className="export-menu-status">
          {t("export.working", { format: t(busy) })}
        </span>
      )}
      {error !== null && (
        <div role="alert" className="export-menu-error">
          <span>{error}</span>
          <button type="button" className="btn btn-small" onClick={() => setError(null)}>
            {t("export.dismiss")}
          </button>
        </div>
      )}
    </div>
  );
}
