/**
 * The maps opened on this device, with their role and key, so the home page can list them and
 * the share dialog can show an owner both links (localStorage `baton.maps`, see deviceList.ts).
 */
import { createDeviceList, type DeviceEntry } from "./deviceList";

export type DeviceMap = DeviceEntry;

/** The one list of maps on this device. */
export const deviceMaps = createDeviceList("baton.maps");

/** Every map opened on this device, most recent first. Broken entries are skipped. */
export const listDeviceMaps = deviceMaps.list;
/** The entry of one map with this key, if this device knows it. */
export const findDeviceMap = deviceMaps.find;
/** Records or refreshes a map on this device (edit/view keys kept unless given anew). */
export const rememberMap = deviceMaps.remember;
/** Updates the title or role of every entry of a map (the title changes live). */
export const updateDeviceMap = deviceMaps.update;
/** Forgets a map on this device (all its keys). */
export const forgetMap = deviceMaps.forget;
/** Calls `listener` whenever the list changes in this tab. */
export const onDeviceMapsChange = deviceMaps.onChange;
