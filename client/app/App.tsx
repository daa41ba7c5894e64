import { LanguageProvider } from "../i18n/LanguageProvider";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { lazy, Suspense } from "react";
import { Loading } from "../ui/Loading";
import { NotFoundPage } from "./NotFoundPage";
import { MapFirstPaint } from "../map/MapFirstPaint";
import { useRoute } from "./useRoute";
import { pageModule } from "./pageLoaders";
import type * as Home from "../home/HomePage";
import type * as MapModule from "../map/MapPage";
import type * as Workspace from "../workspace/WorkspacePage";

// `lazy` takes any thenable: a preloaded page renders without suspending (pageLoaders.ts).
const HomePage = lazy(() => pageModule("home").then((m) => ({ default: m.HomePage })) as unknown as Promise<{ default: typeof Home.HomePage }>);
const MapPage = lazy(() => pageModule("map").then((m) => ({ default: m.MapPage })) as unknown as Promise<{ default: typeof MapModule.MapPage }>);
const WorkspacePage = lazy(() => pageModule("workspace").then((m) => ({ default: m.WorkspacePage })) as unknown as Promise<{ default: typeof Workspace.WorkspacePage }>);

/** The whole page: language, then the route's page, each behind an error boundary. */
export function App() {
  const route = useRoute();
  return (
    <LanguageProvider>
      <ErrorBoundary name="page">
        {/* A map's address paints the map from its first answers while the editor downloads (KB24). */}
        <Suspense fallback={route.page === "map" ? <MapFirstPaint mapId={route.mapId} /> : <Loading />}>
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
