/** The page's exports: the header's menu and the download functions behind it. */
export { ExportMenu } from "./ExportMenu";
// The download functions (and the exporters behind them) are not re-exported here: callers
// import "./downloads" dynamically, so the exporters stay out of the map's first load.
