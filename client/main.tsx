/**
 * The page's first chunk, kept small: it asks for the addressed view's first answers (a
 * workspace view's, WA18; a map's, KB24) and starts loading that page's code, then loads the shell
 * (`startPage.tsx`: React, the language, the app). All three downloads run at once.
 */
import { parseRoute } from "./app/route";
import { preloadPage } from "./app/pageLoaders";
import { prefetchRoute } from "./workspace/prefetchRoute";
import { prefetchMapAnswers } from "./map/mapFirstAnswers";

// The code first: the server sends files while it computes the answers asked for just after.
const route = parseRoute(location.pathname, location.hash);
preloadPage(route);
void import("./startPage");
prefetchRoute(location);
// A map is painted from these answers before its editor (React Flow, Yjs) has loaded (KB24).
if (route.page === "map") prefetchMapAnswers(route.mapId, route.key);
