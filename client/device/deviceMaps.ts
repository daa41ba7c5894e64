/**
 * The maps opened on this device, with their role and key, so the home page can list them and
 * the share dialog can show an owner both links. Kept in localStorage: a key here is as secret
 * as the link it came from, and never leaves the device except as the socket's `k` and the
 * API's bearer token.
 */
import type { Role } from "../map/MapSession";

export interface DeviceMap {
  readonly id: string;
  readonly title: string;
  readonly role: Role;
  /** The key this device opens the map with. */
  readonly key: string;
  /** The edit and view keys, known only on the device that created the map or replaced its keys. */
  readonly editKey?: string;
  readonly viewKey?: string;
  /** ISO time of the last opening. */
  readonly openedAt: string;
}

const STORAGE_KEY = "baton.maps";
const ROLES: readonly Role[] = ["owner", "editor", "viewer"];

function isDeviceMap(v: unknown): v is DeviceMap {
  if (typeof v !== "object" || v === null) return false;
  const o = v as Record<string, unknown>;
  return (
    typeof o.id === "string" &&
    typeof o.title === "string" &&
    typeof o.key === "string" &&
    typeof o.openedAt === "string" &&
    ROLES.includes(o.role as Role) &&
    (o.editKey === undefined || typeof o.editKey === "string") &&
    (o.viewKey === undefined || typeof o.viewKey === "string")
  );
}

/** Every map opened on this device, most recent first. Broken entries are skipped. */
export function listDeviceMaps(): DeviceMap[] {
  let raw: unknown;
  try {
    raw = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "[]");
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.filter(isDeviceMap).sort((a, b) => b.openedAt.localeCompare(a.openedAt));
}

function write(list: readonly DeviceMap[]): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(list));
  } catch {
    // Storage full or blocked: the list is a convenience, the map itself is unaffected.
  }
  for (const l of listeners) l();
}

/** The entry of one map with this key, if this device knows it. */
export function findDeviceMap(id: string, key?: string): DeviceMap | undefined {
  return listDeviceMaps().find((m) => m.id === id && (key === undefined || m.key === key));
}

/**
 * Records or refreshes a map on this device. An entry for the same map and key is merged
 * (edit/view keys kept unless given anew).
 */
export function rememberMap(entry: Omit<DeviceMap, "openedAt"> & { openedAt?: string }): void {
  const list = listDeviceMaps();
  const old = list.find((m) => m.id === entry.id && m.key === entry.key);
  const merged: DeviceMap = {
    ...old,
    ...entry,
    editKey: entry.editKey ?? old?.editKey,
    viewKey: entry.viewKey ?? old?.viewKey,
    openedAt: entry.openedAt ?? new Date().toISOString(),
  };
  write([merged, ...list.filter((m) => m !== old)]);
}

/** Updates the title or role of every entry of a map (the title changes live). */
export function updateDeviceMap(id: string, key: string, patch: Partial<Pick<DeviceMap, "title" | "role">>): void {
  const list = listDeviceMaps();
  const old = list.find((m) => m.id === id && m.key === key);
  if (!old || (patch.title === old.title && patch.role === old.role)) return;
  write(list.map((m) => (m === old ? { ...m, ...patch } : m)));
}

/** Forgets a map on this device (all its keys). */
export function forgetMap(id: string): void {
  write(listDeviceMaps().filter((m) => m.id !== id));
}

const listeners = new Set<() => void>();

/** Calls `listener` whenever the list changes in this tab. */
export function onDeviceMapsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
