/**
 * The shell: design tokens, the language, React and the route's page. Loaded by `main.tsx`
 * after it has asked for the page's first answers and code, so none of them waits for this
 * chunk (React, the catalogue, i18next) to download and run.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { applyDesignTokens } from "./styles/applyDesignTokens";
import { initialLanguage } from "./i18n/LanguageProvider";
import { loadLanguage } from "./i18n/pageI18n";
import "@xyflow/react/dist/style.css";
import "./styles/base.css";
import "./styles/map.css";
import "./styles/layout.css";

applyDesignTokens();
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element.");
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// A person who reads German gets its messages before the first paint (English is bundled);
// if they cannot load, the page starts in English rather than not at all.
loadLanguage(initialLanguage()).then(render, render);
