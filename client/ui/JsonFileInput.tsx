import { forwardRef } from "react";
import { useT } from "../i18n/useT";

/**
 * The hidden file input behind an "Import a file" button or link: JSON files only, one at a
 * time, and cleared after each pick so the same file can be chosen again after a fix.
 */
export const JsonFileInput = forwardRef<HTMLInputElement, { onFile: (file: File) => void }>(function JsonFileInput({ onFile }, ref) {
  const t = useT();
  return (
    <input
      ref={ref}
      type="file"
      accept=".json,application/json"
      className="visually-hidden"
      aria-label={t("home.import.fileInput")}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = "";
        if (file) onFile(file);
      }}
    />
  );
});
