import { LanguageProvider } from "../i18n/LanguageProvider";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { HomePage } from "../home/HomePage";
import { MapPage } from "../map/MapPage";
import { WorkspacePage } from "../workspace/WorkspacePage";
import { NotFoundPage } from "./NotFoundPage";
import { useRoute } from "./useRoute";

/** The whole page: language, then the route's page, each behind an error boundary. */
export function App() {
  const route = useRoute();
  return (
    <LanguageProvider>
      <ErrorBoundary name="page">
        {route.page === "home" ? (
          <HomePage />
        ) : route.page === "workspace" ? (
          <WorkspacePage key={`${route.workspaceId}:${route.key ?? ""}`} workspaceId={route.workspaceId} wsKey={route.key} view={route.view} />
        ) : route.page === "map" ? (
          <MapPage key={`${route.mapId}:${route.key ?? ""}`} mapId={route.mapId} mapKey={route.key} />
        ) : (
          <NotFoundPage />
        )}
      </ErrorBoundary>
    </LanguageProvider>
  );
}
