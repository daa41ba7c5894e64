import { useMemo } from "react";
import { z } from "zod/mini";
import { JourneyShapeSchema } from "../../shared/schema/journey";
import { PersonaSchema, type Persona } from "../../shared/schema/persona";
import { TextField } from "../inspector/TextField";
import { useT } from "../i18n/useT";
import { useMap } from "./useMap";

const TITLE = JourneyShapeSchema.shape.title;
const DESCRIPTION = JourneyShapeSchema.shape.description.def.innerType;
const PERSONA_NAME = PersonaSchema.shape.name;
const PERSONA_DESCRIPTION = PersonaSchema.shape.description.def.innerType;
const MAX_GOALS = 20;
const MAX_GOAL = 500;

/** Goals as written in the field: one per line, blank lines left out. */
function goalLines(text: string): string[] {
  return text.split("\n").map((l) => l.trim()).filter((l) => l !== "");
}

/**
 * "About this journey" (a tab of the side panel, PL7): the map's title and description and its
 * persona (name, description, goals), edited in place through `setTitle`, `setDescription` and
 * `setPersona`; each field is checked as it is typed and written when it is left. A persona
 * needs a name: without one, its other fields wait; emptying the name of a persona that has
 * nothing else removes it. Viewers read the same fields, disabled.
 */
export function AboutJourney() {
  const t = useT();
  const { title, description, persona, canEdit } = useMap((s) => ({ title: s.journey.title, description: s.journey.description, persona: s.journey.persona, canEdit: s.canEdit && !s.presenting }));
  const dispatch = useMap((s) => s.dispatch);
  const goalsSchema = useMemo(
    () =>
      z.string().check(
        z.refine((v) => goalLines(v).length <= MAX_GOALS, { message: t("layout.about.goalsHint") }),
        z.refine((v) => goalLines(v).every((g) => g.length <= MAX_GOAL), { message: t("editor.field.tooLong", { max: MAX_GOAL }) }),
      ),
    [t],
  );
  const hasMore = persona !== undefined && (persona.description !== undefined || (persona.goals?.length ?? 0) > 0);
  const setPersona = (next: Persona | null) => void dispatch([{ type: "setPersona", persona: next }]);
  const withPersona = (patch: Partial<Persona>) => {
    if (!persona) return;
    const next: Persona = { ...persona, ...patch };
    for (const key of Object.keys(patch) as (keyof Persona)[]) if (patch[key] === undefined) delete next[key];
    setPersona(next);
  };
  return (
    <div className="inspector-form about-journey">
      <h2>{t("layout.about")}</h2>
      <p className="muted small">{t("layout.about.intro")}</p>
      {!canEdit && <p className="muted small">{t("layout.about.readOnly")}</p>}
      <TextField label={t("layout.about.title")} value={title} schema={TITLE} disabled={!canEdit} onCommit={(next) => next !== null && void dispatch([{ type: "setTitle", title: next }])} />
      <TextField
        label={t("layout.about.description")}
        value={description}
        schema={DESCRIPTION}
        optional
        multiline
        disabled={!canEdit}
        onCommit={(next) => void dispatch([{ type: "setDescription", description: next }])}
      />
      <p className="muted small">{t("layout.about.descriptionHint")}</p>
      <fieldset className="about-persona">
        <legend>{t("layout.about.persona")}</legend>
        <TextField
          // A new persona starts from its name; keyed so a persona removed elsewhere shows empty at once.
          key={persona ? "persona" : "none"}
          label={t("layout.about.personaName")}
          value={persona?.name}
          schema={PERSONA_NAME}
          optional={!hasMore}
          disabled={!canEdit}
          onCommit={(next) => (next === null ? setPersona(null) : persona ? withPersona({ name: next }) : setPersona({ name: next }))}
        />
        {!persona && canEdit && <p className="muted small">{t("layout.about.personaNeedsName")}</p>}
        <TextField
          label={t("layout.about.personaDescription")}
          value={persona?.description}
          schema={PERSONA_DESCRIPTION}
          optional
          multiline
          disabled={!canEdit || !persona}
          onCommit={(next) => withPersona({ description: next ?? undefined })}
        />
        <TextField
          label={t("layout.about.goals")}
          value={persona?.goals?.join("\n")}
          schema={goalsSchema}
          optional
          multiline
          disabled={!canEdit || !persona}
          onCommit={(next) => {
            const goals = next === null ? [] : goalLines(next);
            withPersona({ goals: goals.length > 0 ? goals : undefined });
          }}
        />
        {persona && canEdit && (
          <button type="button" className="btn btn-small btn-danger-quiet" onClick={() => setPersona(null)}>
            {t("layout.about.removePersona")}
          </button>
        )}
      </fieldset>
      <p className="muted small">{t("layout.saveHint")}</p>
    </div>
  );
}
