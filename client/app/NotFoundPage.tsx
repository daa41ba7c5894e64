import { useT } from "../i18n/useT";
import { Logo } from "../ui/Logo";

/** Any address that is neither home nor a map. */
export function NotFoundPage() {
  const t = useT();
  return (
    <main className="centered-message">
      <Logo size={40} />
      <p>{t("common.notFound")}</p>
      <a className="btn btn-primary" href="/">
        {t("common.home")}
      </a>
    </main>
  );
}
