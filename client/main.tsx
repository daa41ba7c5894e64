/**
 * The page's first chunk, kept small: it loads the shell (`startPage.tsx`: React, the language,
 * the app; the HTML already preloads it, KB25), starts loading the addressed page's code and asks
 * for the view's first answers (a workspace view's, WA18; a map's, KB24). All three downloads run
 * at once.
 */
import { parseRoute } from "./app/route";
import { preloadPage } from "./app/pageLoaders";
import { prefetchRoute } from "./workspace/prefetchRoute";
import { prefetchMapAnswers } from "./map/mapFirstAnswers";

// The code first: the server sends files while it computes the answers asked for just after. The
// shell (React, the largest file) before the page's many small files: the browser opens six
// connections, and whatever is asked first is sent first (issue 16: React waited behind them).
void import("./startPage");
const route = parseRoute(location.pathname, location.hash);
preloadPage(route);
prefetchRoute(location);
// A map is painted from these answers before its editor (React Flow, Yjs) has loaded (KB24).
if (route.page === "map") prefetchMapAnswers(route.mapId, route.key);
