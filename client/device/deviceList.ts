/**
 * A list of documents opened on this device (maps, workspaces), each with its role and key, kept
 * in localStorage under one name. A key here is as secret as the link it came from and never
 * leaves the device except as the socket's `k` and the API's bearer token.
 */
import type { Role } from "../map/MapSession";

export interface DeviceEntry {
  readonly id: string;
  readonly title: string;
  readonly role: Role;
  /** The key this device opens the document with. */
  readonly key: string;
  /** The edit and view keys, known only on the device that created it or replaced its keys. */
  readonly editKey?: string;
  readonly viewKey?: string;
  /** ISO time of the last opening. */
  readonly openedAt: string;
}

const ROLES: readonly Role[] = ["owner", "editor", "participant", "viewer"];

function isEntry(v: unknown): v is DeviceEntry {
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

/** One device list: read, remember, update, forget, and a change signal for this tab. */
export interface DeviceList {
  /** Every entry, most recent first. Broken entries are skipped. */
  list(): DeviceEntry[];
  /** The entry of one document with this key (any key when `key` is undefined). */
  find(id: string, key?: string): DeviceEntry | undefined;
  /** Records or refreshes an entry; one for the same id and key is merged (edit/view keys kept unless given anew). */
  remember(entry: Omit<DeviceEntry, "openedAt"> & { openedAt?: string }): void;
  /** Updates the title or role of the entry with this id and key. */
  update(id: string, key: string, patch: Partial<Pick<DeviceEntry, "title" | "role">>): void;
  /** Forgets a document on this device (all its keys). */
  forget(id: string): void;
  /** Calls `listener` whenever the list changes in this tab. */
  onChange(listener: () => void): () => void;
  /** The list as a stable snapshot for `useSyncExternalStore` (same array until the storage changes). */
  snapshot(): DeviceEntry[];
}

/** A device list stored in localStorage under `storageKey`. */
export function createDeviceList(storageKey: string): DeviceList {
  const listeners = new Set<() => void>();
  let cache: { raw: string | null; list: DeviceEntry[] } | null = null;
  const read = (): DeviceEntry[] => {
    let raw: unknown;
    try {
      raw = JSON.parse(localStorage.getItem(storageKey) ?? "[]");
    } catch {
      return [];
    }
    if (!Array.isArray(raw)) return [];
    return raw.filter(isEntry).sort((a, b) => b.openedAt.localeCompare(a.openedAt));
  };
  const write = (list: readonly DeviceEntry[]): void => {
    try {
      localStorage.setItem(storageKey, JSON.stringify(list));
    } catch {
      // Storage full or blocked: the list is a convenience, the document itself is unaffected.
    }
    for (const l of listeners) l();
  };
  const self: DeviceList = {
    list: read,
    find: (id, key) => read().find((m) => m.id === id && (key === undefined || m.key === key)),
    remember(entry) {
      const list = read();
      const old = list.find((m) => m.id === entry.id && m.key === entry.key);
      const merged: DeviceEntry = {
        ...old,
        ...entry,
        editKey: entry.editKey ?? old?.editKey,
        viewKey: entry.viewKey ?? old?.viewKey,
        openedAt: entry.openedAt ?? new Date().toISOString(),
      };
      write([merged, ...list.filter((m) => m !== old)]);
    },
    update(id, key, patch) {
      const list = read();
      const old = list.find((m) => m.id === id && m.key === key);
      if (!old || (patch.title === old.title && patch.role === old.role)) return;
      write(list.map((m) => (m === old ? { ...m, ...patch } : m)));
    },
    forget: (id) => write(read().filter((m) => m.id !== id)),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot() {
      const raw = localStorage.getItem(storageKey);
      if (!cache || raw !== cache.raw) cache = { raw, list: read() };
      return cache.list;
    },
  };
  return self;
}
