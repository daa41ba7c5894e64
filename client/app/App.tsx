import { LanguageProvider } from "../i18n/LanguageProvider";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { HomePage } from "../home/HomePage";
import { MapPage } from "../map/MapPage";
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
        ) : route.page === "map" ? (
          <MapPage key={`${route.mapId}:${route.key ?? ""}`} mapId={route.mapId} mapKey={route.key} />
        ) : (
          <NotFoundPage />
        )}
      </ErrorBoundary>
    </LanguageProvider>
  );
}
