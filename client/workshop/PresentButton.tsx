import { useMapSession } from "../map/useMapSession";
import { useT } from "../i18n/useT";
import { ToolIcon } from "../ui/ToolIcon";

/**
 * Starts presenting: full screen where the browser allows it (the shell's maximised layout
 * otherwise), editing controls hidden by the shell, stages walked with the arrow keys by the
 * canvas layer. Fullscreen must be asked for inside the click, so it happens here.
 */
export function PresentButton() {
  const t = useT();
  const session = useMapSession();
  const toggle = () => {
    if (session.presenting) {
      session.setPresenting(false);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      return;
    }
    session.setPresenting(true);
    const root = document.documentElement;
    if (document.fullscreenEnabled && typeof root.requestFullscreen === "function") {
      root.requestFullscreen().catch(() => undefined);
    }
  };
  return (
    <button type="button" className={`ws-btn ws-btn-small${session.presenting ? " ws-btn-primary" : ""}`} aria-pressed={session.presenting} onClick={toggle}>
      <ToolIcon name="present" />
      {session.presenting ? t("workshop.present.stop") : t("workshop.present.start")}
    </button>
  );
}
