import { LanguageProvider } from "../i18n/LanguageProvider";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { lazy, Suspense } from "react";
import { Loading } from "../ui/Loading";
import { NotFoundPage } from "./NotFoundPage";
import { useRoute } from "./useRoute";
import { withLaterMessages } from "../i18n/pageI18n";

// Each page is its own chunk: the map page never downloads the home page (and its templates),
// the home page never downloads the canvas.
const HomePage = lazy(() => withLaterMessages(import("../home/HomePage")).then((m) => ({ default: m.HomePage })));
const MapPage = lazy(() => import("../map/MapPage").then((m) => ({ default: m.MapPage })));
const WorkspacePage = lazy(() => withLaterMessages(import("../workspace/WorkspacePage")).then((m) => ({ default: m.WorkspacePage })));

/** The whole page: language, then the route's page, each behind an error boundary. */
export function App() {
  const route = useRoute();
  return (
    <LanguageProvider>
      <ErrorBoundary name="page">
        <Suspense fallback={<Loading />}>
          {route.page === "home" ? (
            <HomePage />
          ) : route.page === "workspace" ? (
            <WorkspacePage key={`${route.workspaceId}:${route.key ?? ""}`} workspaceId={route.workspaceId} wsKey={route.key} view={route.view} />
          ) : route.page === "map" ? (
            <MapPage key={`${route.mapId}:${route.key ?? ""}`} mapId={route.mapId} mapKey={route.key} />
          ) : (
            <NotFoundPage />
          )}
        </Suspense>
      </ErrorBoundary>
    </LanguageProvider>
  );
}
