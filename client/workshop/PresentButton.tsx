import { useMap } from "../map/useMap";
import { useT } from "../i18n/useT";
import { ToolIcon } from "../ui/ToolIcon";

/**
 * Starts presenting: full screen where the browser allows it (the shell's maximised layout
 * otherwise), editing controls hidden by the shell, stages walked with the arrow keys by the
 * canvas layer. Fullscreen must be asked for inside the click, so it happens here.
 */
export function PresentButton() {
  const t = useT();
  const presenting = useMap((s) => s.presenting);
  const setPresenting = useMap((s) => s.setPresenting, Object.is);
  const toggle = () => {
    if (presenting) {
      setPresenting(false);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      return;
    }
    setPresenting(true);
    const root = document.documentElement;
    if (document.fullscreenEnabled && typeof root.requestFullscreen === "function") {
      root.requestFullscreen().catch(() => undefined);
    }
  };
  return (
    <button type="button" className={`ws-btn ws-btn-small${presenting ? " ws-btn-primary" : ""}`} aria-pressed={presenting} onClick={toggle}>
      <ToolIcon name="present" />
      {presenting ? t("workshop.present.stop") : t("workshop.present.start")}
    </button>
  );
}
