import { LanguageProvider } from "../i18n/LanguageProvider";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { lazy, Suspense } from "react";
import { Loading } from "../ui/Loading";
import { NotFoundPage } from "./NotFoundPage";
import { useRoute } from "./useRoute";
import { pageLoaders } from "./pageLoaders";

// Each page is its own chunk (pageLoaders.ts).
const HomePage = lazy(() => pageLoaders.home().then((m) => ({ default: m.HomePage })));
const MapPage = lazy(() => pageLoaders.map().then((m) => ({ default: m.MapPage })));
const WorkspacePage = lazy(() => pageLoaders.workspace().then((m) => ({ default: m.WorkspacePage })));

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
