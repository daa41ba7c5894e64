import type { AnchorHTMLAttributes } from "react";
import { navigate } from "../app/useRoute";

/**
 * A link to another page of the app: a plain click navigates without a reload; a modified or
 * middle click (new tab, new window) is left to the browser.
 */
export function AppLink({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return (
    <a
      {...rest}
      href={href}
      onClick={(e) => {
        onClick?.(e);
        if (e.defaultPrevented || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
        e.preventDefault();
        navigate(href);
      }}
    />
  );
}
