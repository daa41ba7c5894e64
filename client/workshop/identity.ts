import { useMemo } from "react";
import { useDeviceSetting, writeDeviceSetting } from "../device/useDeviceSetting";

/**
 * Who I am in workshops on this device: a display name and a colour, picked once and kept in
 * localStorage through the device settings (in memory when storage is unavailable). Every map uses the same identity; it
 * is what others see beside my cursor and as the author of my comments.
 */
export interface Identity {
  readonly name: string;
  readonly color: string;
}

/** Pleasant, distinct colours that keep white text and a white card readable beside them. */
export const PALETTE = [
  "#2f5fd0", "#d0442f", "#1f8a5b", "#8a4fd0", "#c77800", "#0d8aa8", "#c23a7a", "#5a7a1f", "#6b5bd6", "#b5542b",
] as const;

const KEY = "baton.workshop.identity";
const NAME_MAX = 60;
const COLOR = /^#[0-9a-f]{6}$/i;

/** A stored identity, or `null` when none was chosen or what is stored is not one. */
export function parseIdentity(raw: string | null): Identity | null {
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== "object" || value === null) return null;
    const { name, color } = value as Record<string, unknown>;
    if (typeof name !== "string" || typeof color !== "string") return null;
    const trimmed = name.trim().slice(0, NAME_MAX);
    if (trimmed === "" || !COLOR.test(color)) return null;
    return { name: trimmed, color: color.toLowerCase() };
  } catch {
    return null;
  }
}

/** Stores the identity on this device and tells every component that shows it. */
export function saveIdentity(identity: Identity): void {
  writeDeviceSetting(KEY, JSON.stringify({ name: identity.name.trim().slice(0, NAME_MAX), color: identity.color.toLowerCase() }));
}

/** A random colour of the palette, for the first-visit dialog's default. */
export function randomColor(): string {
  return PALETTE[Math.floor(Math.random() * PALETTE.length)] ?? PALETTE[0];
}

/** My identity (`null` until chosen) and a setter; every user re-renders on a change. */
export function useIdentity(): [Identity | null, (identity: Identity) => void] {
  const [raw] = useDeviceSetting(KEY);
  const identity = useMemo(() => parseIdentity(raw), [raw]);
  return [identity, saveIdentity];
}
