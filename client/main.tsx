import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { applyDesignTokens } from "./styles/applyDesignTokens";
import "@xyflow/react/dist/style.css";
import "./styles/base.css";
import "./styles/map.css";
import "./styles/layout.css";

applyDesignTokens();
const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element.");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
