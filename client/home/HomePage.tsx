import { useT } from "../i18n/useT";
import { AppHeader } from "../ui/AppHeader";
import { CreateMapPanel } from "./CreateMapPanel";
import { ImportPanel } from "./ImportPanel";
import { OpenLinkPanel } from "./OpenLinkPanel";
import { RecentMaps } from "./RecentMaps";
import { WorkspacesPanel } from "./WorkspacesPanel";

/** `/`: start a map (blank, template, import), reopen one from this device, or open a shared link. */
export function HomePage() {
  const t = useT();
  return (
    <div className="home">
      <AppHeader />
      <main className="home-main">
        <section className="home-hero">
          <h1>{t("home.title")}</h1>
          <p className="muted">{t("home.intro")}</p>
        </section>
        <div className="home-grid">
          <div className="home-col">
            <CreateMapPanel />
            <ImportPanel />
          </div>
          <div className="home-col">
            <WorkspacesPanel />
            <RecentMaps />
            <OpenLinkPanel />
          </div>
        </div>
      </main>
    </div>
  );
}
