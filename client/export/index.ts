/** The page's exports: the header's menu and the download functions behind it. */
export { ExportMenu } from "./ExportMenu";
export { downloadCsv, downloadJson, downloadMermaid, downloadPng, downloadSvg } from "./downloads";
export { svgToPng, rasterScale, RasteriseError } from "./rasterise";
