import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { MessageArgs, MessageKey } from "./catalogue";
import { isLaterKey } from "./messageParts";
import { areLaterMessagesLoaded, loadLaterMessages } from "./pageI18n";
import { useLanguage } from "./useLanguage";

/** A translate function bound to the page's current language; a plural key requires `{ count }`. */
export type T = <K extends MessageKey>(key: K, ...args: MessageArgs<K>) => string;

/**
 * `const t = useT(); t("editor.addStage")`, `t("editor.votes", { count })`: every piece of UI
 * text goes through this (react-i18next's `t`, fixed to the page's language). A view that asks
 * for a later message (KB23) before its chunk is here gets an empty text for a moment, and the
 * chunk is fetched; the view renders again when the messages are added ("added" is bound).
 */
export function useT(): T {
  const { lang } = useLanguage();
  const { t } = useTranslation(undefined, { lng: lang });
  return useCallback(
    <K extends MessageKey>(key: K, ...args: MessageArgs<K>): string => {
      if (isLaterKey(key) && !areLaterMessagesLoaded()) {
        loadLaterMessages().catch(() => {
          // Offline: the key's text arrives with the next view that loads (nothing to show yet).
        });
        return "";
      }
      return t(key, args[0] ?? {});
    },
    [t],
  );
}
