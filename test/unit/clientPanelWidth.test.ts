import { describe, expect, it } from "vitest";
import { clampPanelWidth, MAP_MIN, PANEL_MIN, panelBounds, parsePanelWidth } from "../../client/map/panelWidth";

describe("side panel width", () => {
  it("leaves the map at least MAP_MIN px and never goes below PANEL_MIN", () => {
    expect(panelBounds(1440)).toEqual({ min: PANEL_MIN, max: 1440 - MAP_MIN });
    expect(clampPanelWidth(5000, 1440)).toBe(1440 - MAP_MIN);
    expect(clampPanelWidth(100, 1440)).toBe(PANEL_MIN);
    expect(clampPanelWidth(460.4, 1440)).toBe(460);
    // On a screen too small for both, the panel keeps its minimum (the map shrinks).
    expect(panelBounds(500)).toEqual({ min: PANEL_MIN, max: PANEL_MIN });
  });

  it("reads only sensible remembered widths", () => {
    expect(parsePanelWidth("480")).toBe(480);
    expect(parsePanelWidth(null)).toBeNull();
    expect(parsePanelWidth("12")).toBeNull();
    expect(parsePanelWidth("wide")).toBeNull();
    expect(parsePanelWidth("-400")).toBeNull();
    expect(parsePanelWidth("4e2")).toBeNull();
  });
});
