import { z } from "zod/mini";
import { CARD_KINDS, CARD_STATUSES, CHANNELS, CardSchema, type Card } from "../../shared/schema/card";
import type { Patch } from "../../shared/commands/command";
import type { MessageKey } from "../i18n/catalogue";
import { useT } from "../i18n/useT";
import { useMap } from "../map/useMap";
import { ToolIcon } from "../ui/ToolIcon";
import { CardInspectorSlots } from "./inspectorSlots";
import { SelectField } from "./SelectField";
import { TextField } from "./TextField";

const SCALE = [1, 2, 3, 4, 5] as const;
const EMOTIONS = [2, 1, 0, -1, -2] as const;
/** Votes typed as text: a whole number of 0 or more, checked by the card schema's own rule. */
const VOTES_FROM_TEXT = z.pipe(z.coerce.number(), CardSchema.shape.votes.def.innerType);

/** Every field of one card, each validated by the card schema before it is written. */
export function CardInspector({ card }: { card: Card }) {
  const t = useT();
  const session = useMap((s) => ({ canEdit: s.canEdit, dispatch: s.dispatch, presenting: s.presenting, select: s.select, journey: { lanes: s.journey.lanes, stages: s.journey.stages } }));
  const disabled = !session.canEdit || session.presenting;
  const update = (patch: Patch<Omit<Card, "id" | "stageId" | "laneId">>) => session.dispatch([{ type: "updateCard", id: card.id, patch }]);
  const stage = session.journey.stages.find((s) => s.id === card.stageId);
  const lane = session.journey.lanes.find((l) => l.id === card.laneId);
  const scale = SCALE.map((v) => ({ value: v, label: String(v) }));
  const none = t("editor.field.none");
  return (
    <div className="inspector-form" key={card.id}>
      <p className="muted small">{t("editor.field.place.value", { stage: stage?.name ?? "", lane: lane?.name ?? "" })}</p>
      <SelectField
        label={t("editor.field.kind")}
        value={card.kind}
        disabled={disabled}
        options={CARD_KINDS.map((k) => ({ value: k, label: t(`editor.kind.${k}` as MessageKey) }))}
        onChange={(kind) => kind && update({ kind })}
      />
      <TextField key={`title:${card.title}`} label={t("editor.field.title")} value={card.title} schema={CardSchema.shape.title} disabled={disabled} multiline onCommit={(title) => title !== null && update({ title })} />
      <TextField
        key={`desc:${card.description ?? ""}`}
        label={t("editor.field.description")}
        value={card.description}
        schema={CardSchema.shape.description}
        optional
        multiline
        disabled={disabled}
        onCommit={(description) => update({ description })}
      />
      <div className="field-row">
        <SelectField
          label={t("editor.field.channel")}
          value={card.channel}
          noneLabel={none}
          disabled={disabled}
          options={CHANNELS.map((c) => ({ value: c, label: t(`editor.channel.${c}` as MessageKey) }))}
          onChange={(channel) => update({ channel })}
        />
        <SelectField
          label={t("editor.field.emotion")}
          value={card.emotion}
          noneLabel={none}
          disabled={disabled}
          options={EMOTIONS.map((e) => ({ value: e, label: `${e > 0 ? "+" : ""}${e} ${t(`editor.emotion.${e}` as MessageKey)}` }))}
          onChange={(emotion) => update({ emotion })}
        />
      </div>
      <div className="field-row three">
        <SelectField label={t("editor.field.severity")} value={card.severity} noneLabel={none} disabled={disabled} options={scale} onChange={(severity) => update({ severity })} />
        <SelectField label={t("editor.field.impact")} value={card.impact} noneLabel={none} disabled={disabled} options={scale} onChange={(impact) => update({ impact })} />
        <SelectField label={t("editor.field.effort")} value={card.effort} noneLabel={none} disabled={disabled} options={scale} onChange={(effort) => update({ effort })} />
      </div>
      <div className="field-row">
        <SelectField
          label={t("editor.field.status")}
          value={card.status}
          noneLabel={none}
          disabled={disabled}
          options={CARD_STATUSES.map((s) => ({ value: s, label: t(`editor.status.${s}` as MessageKey) }))}
          onChange={(status) => update({ status })}
        />
        <TextField
          key={`votes:${card.votes ?? ""}`}
          label={t("editor.field.votes")}
          value={card.votes === undefined ? undefined : String(card.votes)}
          schema={VOTES_FROM_TEXT}
          optional
          disabled={disabled}
          onCommit={(v) => update({ votes: v === null ? null : Number(v) })}
        />
      </div>
      <CardInspectorSlots cardId={card.id} />
      {!disabled && (
        <button
          type="button"
          className="btn btn-small btn-danger-quiet"
          onClick={() => {
            session.dispatch([{ type: "deleteCard", id: card.id }]);
            session.select([]);
          }}
        >
          <ToolIcon name="trash" />
          {t("editor.deleteCard")}
        </button>
      )}
    </div>
  );
}
