/**
 * The emotion curve's drawing (pure), shared by the canvas's emotion band and the map's first
 * paint (KB24), so both draw the same curve: where a value sits in the band and the path through
 * the stages' points.
 */

/** Space above +2 and below -2 inside the band. */
const PAD_Y = 22;

/** A stage's point of the curve: its centre on the canvas and its mean emotion (null: none). */
export interface EmotionPoint {
  readonly x: number;
  readonly emotion: number | null;
}

/** The band's y of an emotion (-2 bottom, +2 top) in a band `height` px tall. */
export function emotionY(emotion: number, height: number): number {
  return PAD_Y + ((2 - emotion) / 4) * (height - 2 * PAD_Y);
}

/** The points that have an emotion, and the smooth path through them (SVG `d`). */
export function emotionCurve(points: readonly EmotionPoint[], height: number): { points: { x: number; emotion: number }[]; path: string } {
  const pts = points.filter((p): p is { x: number; emotion: number } => p.emotion !== null);
  const path = pts
    .map((p, i) => {
      const y = emotionY(p.emotion, height);
      if (i === 0) return `M${p.x},${y}`;
      const prev = pts[i - 1] as { x: number; emotion: number };
      const mx = (prev.x + p.x) / 2;
      return `C${mx},${emotionY(prev.emotion, height)} ${mx},${y} ${p.x},${y}`;
    })
    .join(" ");
  return { points: pts, path };
}

/** An emotion value as people write it: +2, 0, −1 (a real minus sign). */
export function signedEmotion(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `\u2212${-value}` : "0";
}

/** The class suffix of an emotion's colour: neg, zero or pos. */
export function emotionTone(value: number): "neg" | "zero" | "pos" {
  return value < 0 ? "neg" : value > 0 ? "pos" : "zero";
}
