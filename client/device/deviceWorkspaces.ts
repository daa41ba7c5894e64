/**
 * The workspaces opened on this device with their role and key (localStorage `baton.workspaces`),
 * so the home page lists them and a map inside a workspace can link back with the workspace key.
 */
import { createDeviceList, type DeviceEntry } from "./deviceList";

export type DeviceWorkspace = DeviceEntry;

/** The one list of workspaces on this device. */
export const deviceWorkspaces = createDeviceList("baton.workspaces");
