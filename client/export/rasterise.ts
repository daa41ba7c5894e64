/** Browsers refuse canvases beyond these (Chromium: 32,767 px a side, ~268 M px; Safari: 16.7 M px at 4x). */
export const MAX_CANVAS_SIDE = 16_384;
export const MAX_CANVAS_AREA = 120_000_000;

/** Why a picture could not be made into a PNG. */
export class RasteriseError extends Error {
  override readonly name = "RasteriseError";
}

/**
 * The scale at which a `width` x `height` picture is drawn: `wanted` (2 for the PNG export),
 * lowered as far as needed for the canvas to stay within the browser's limits. Very large maps
 * thus come out at less than 2x; the SVG export has every detail at any size.
 */
export function rasterScale(width: number, height: number, wanted: number): number {
  return Math.min(wanted, MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height, Math.sqrt(MAX_CANVAS_AREA / (width * height)));
}

/** The `width` and `height` attributes of an SVG document (the exporter always writes both). */
export function svgSize(svg: string): { width: number; height: number } {
  const m = /<svg\b[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(svg);
  if (!m) throw new RasteriseError("the SVG has no width and height");
  return { width: Number(m[1]), height: Number(m[2]) };
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.decoding = "async";
    img.onload = () => resolve(img);
    img.onerror = () => reject(new RasteriseError("the browser could not load the SVG as an image"));
    img.src = url;
  });
}

/**
 * Rasterises an SVG document to a PNG blob at `scale` (lowered by `rasterScale` for huge
 * pictures): the SVG is loaded into an `Image` from a blob URL, drawn on a canvas of the scaled
 * size, and encoded with `canvas.toBlob`. The SVG references nothing external, so the canvas
 * stays untainted.
 */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const s = rasterScale(width, height, scale);
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const img = await loadImage(url);
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round(width * s));
    canvas.height = Math.max(1, Math.round(height * s));
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new RasteriseError("the browser gave no 2D canvas");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new RasteriseError("the canvas could not be encoded as PNG"))), "image/png");
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
