import type { ReactNode } from "react";
import { navigate } from "../app/useRoute";
import { useT } from "../i18n/useT";
import { LanguageSwitch } from "./LanguageSwitch";
import { Logo } from "./Logo";

/**
 * The top bar: the brand (a link home), whatever the page puts in the middle, and the language
 * switch (a page that moves it into its own menu on a phone says `language={false}`).
 */
export function AppHeader({ children, end, language = true }: { children?: ReactNode; end?: ReactNode; language?: boolean }) {
  const t = useT();
  return (
    <header className="app-header">
      <a
        href="/"
        className="brand"
        aria-label={t("common.homeLink")}
        onClick={(e) => {
          e.preventDefault();
          navigate("/");
        }}
      >
        <Logo />
        <span className="brand-name">{t("common.appName")}</span>
      </a>
      <div className="app-header-middle">{children}</div>
      <div className="app-header-end">
        {end}
        {language && <LanguageSwitch />}
      </div>
    </header>
  );
}
