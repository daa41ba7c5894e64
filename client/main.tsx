/**
 * The page's first chunk, kept small: it asks for the addressed view's first answers (a
 * workspace view's, WA18) and starts loading that page's code, then loads the shell
 * (`startPage.tsx`: React, the language, the app). All three downloads run at once.
 */
import { parseRoute } from "./app/route";
import { preloadPage } from "./app/pageLoaders";
import { prefetchRoute } from "./workspace/prefetchRoute";

// The code first: the server sends files while it computes the answers asked for just after.
preloadPage(parseRoute(location.pathname, location.hash));
void import("./startPage");
prefetchRoute(location);
