import type { Journey } from "../../shared/schema/journey";
import { renderJourneySvg, type ExportLang } from "../../shared/export/svg";
import { journeyToMermaid } from "../../shared/export/mermaid";
import { CSV_STYLES, journeyToCsv } from "../../shared/export/csv";
import type { Language } from "../i18n/languages";
import { exportFileName } from "../../shared/export/fileName";
import { saveBlob, saveText } from "./saveFile";
import { svgToPng } from "./rasterise";

/**
 * The page's exports, each from the journey the map page derived from the document (the same
 * journey `GET /api/maps/:id/export.*` reads), each saved under a file name made from the
 * title. SVG, Mermaid and CSV are the pure renderers of `shared/export`; the PNG is the SVG
 * rasterised at 2x.
 */

/** The journey file itself, lossless (journey-format.md). */
export function downloadJson(journey: Journey): void {
  saveText(exportFileName(journey.title, "journey.json"), "application/json", `${JSON.stringify(journey, null, 2)}\n`);
}

/** The standalone SVG picture; in English it is byte for byte what `export.svg` serves. */
export function downloadSvg(journey: Journey, lang: ExportLang = "en"): void {
  saveText(exportFileName(journey.title, "svg"), "image/svg+xml", renderJourneySvg(journey, { lang }));
}

/** The SVG picture rasterised to PNG at twice its size (less for maps too big for a canvas). */
export async function downloadPng(journey: Journey, lang: ExportLang = "en"): Promise<void> {
  const png = await svgToPng(renderJourneySvg(journey, { lang }), 2);
  saveBlob(exportFileName(journey.title, "png"), png);
}

/** Mermaid `journey` diagram text (lossy, see shared/export/README.md). */
export function downloadMermaid(journey: Journey): void {
  saveText(exportFileName(journey.title, "mmd"), "text/plain", journeyToMermaid(journey));
}

/** Every card as CSV for spreadsheets (lossy, see shared/export/README.md). */
export function downloadCsv(journey: Journey, lang: Language): void {
  saveText(exportFileName(journey.title, "csv"), "text/csv", journeyToCsv(journey, CSV_STYLES[lang]));
}
