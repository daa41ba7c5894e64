import { memo } from "react";
import { Handle, Position, type NodeProps } from "@xyflow/react";
import { useCardMark } from "../../history/HistoryContext";
import { useT } from "../../i18n/useT";
import type { MessageKey } from "../../i18n/catalogue";
import { CardBadgeSlots } from "../slots";
import { useEditorActions, useIsEditing } from "../editorActions";
import type { CardNode } from "../flowTypes";
import { Icon } from "../icons";
import { InlineTitle } from "./InlineTitle";
import { MetricChips } from "./MetricChips";
import { useCutMark } from "./useCutMark";
import { ROUTE_HANDLE_SIDES } from "../linkRoute";
import { emotionTone, signedEmotion } from "../emotionCurve";

function Severity({ value }: { value: number }) {
  const t = useT();
  return (
    <span className="severity" role="img" aria-label={t("editor.severity", { value })} title={t("editor.severity", { value })}>
      {[1, 2, 3, 4, 5].map((i) => (
        <span key={i} className={i <= value ? "sev-on" : "sev-off"} />
      ))}
    </span>
  );
}

/** A card on the canvas: its kind at a glance (colour, icon, label), title, channel, owner team, metrics and votes. */
function CardNodeViewImpl({ id, data, selected }: NodeProps<CardNode>) {
  const { card, team } = data;
  const t = useT();
  const actions = useEditorActions();
  const editing = useIsEditing(id);
  // While History shows a version: how this card differs from now (outlined, and said).
  const mark = useCardMark(id);
  const [footRef, footCut] = useCutMark<HTMLDivElement>();
  const kindLabel = t(`editor.kind.${card.kind}` as MessageKey);
  const style = team?.color ? ({ "--team": team.color } as React.CSSProperties) : undefined;
  // The handles sit beside the card's box, not inside it: the box clips its overflow. Their
  // place is also given to React Flow up front (toFlow's CARD_HANDLES): keep the two in step.
  // People link from the right-hand dot; the hidden handles only give links their sides (PL2).
  return (
    <>
    <Handle type="target" position={Position.Left} className="card-handle" isConnectable={actions.editable} />
    <div
      className={`card card-${card.kind}${selected ? " is-selected" : ""}${team ? " has-team" : ""}`}
      style={style}
      role="group"
      aria-label={`${t("editor.card", { kind: kindLabel, title: card.title })}${mark ? ` (${t(`history.mark.${mark}`)})` : ""}`}
      data-card-id={card.id}
      data-history={mark}
      title={mark ? t(`history.mark.${mark}`) : undefined}
      onDoubleClick={(e) => {
        if (!actions.editable) return;
        e.stopPropagation();
        actions.editing.set(id);
      }}
    >
      <div className="card-top">
        <span className="card-kind">
          <Icon name={card.kind} />
          {kindLabel}
        </span>
        {card.kind === "painPoint" && card.severity !== undefined && <Severity value={card.severity} />}
        {card.channel && (
          <span className="card-channel" title={t(`editor.channel.${card.channel}` as MessageKey)}>
            <Icon name={card.channel} />
            <span className="visually-hidden">{t(`editor.channel.${card.channel}` as MessageKey)}</span>
          </span>
        )}
      </div>
      {editing ? (
        <InlineTitle
          value={card.title}
          label={t("editor.cardTitle")}
          maxLength={500}
          multiline
          onSave={(title) => actions.dispatch([{ type: "updateCard", id, patch: { title } }])}
          onDone={() => {
            actions.editing.set(null);
            // Escape or Enter leaves the field: keyboard focus goes back to the card, not the page.
            const node = document.querySelector<HTMLElement>(`.react-flow__node-card[data-id="${CSS.escape(id)}"]`);
            requestAnimationFrame(() => {
              if (!document.activeElement || document.activeElement === document.body) node?.focus({ preventScroll: true });
            });
          }}
        />
      ) : (
        <div className="card-title" dir="auto">
          {card.title}
        </div>
      )}
      <div className={`card-foot${footCut ? " is-cut" : ""}`} ref={footRef}>
        {team && (
          <span className="chip chip-team" title={team.name}>
            <span className="team-dot" />
            <span className="chip-text">{team.name}</span>
          </span>
        )}
        {card.emotion !== undefined && (
          <span className={`chip chip-emotion chip-emotion-${emotionTone(card.emotion)}`} title={t("editor.emotionValue", { value: signedEmotion(card.emotion) })}>
            {signedEmotion(card.emotion)}
            <span className="visually-hidden">{t("editor.emotionValue", { value: signedEmotion(card.emotion) })}</span>
          </span>
        )}
        {card.metrics && card.metrics.length > 0 && <MetricChips metrics={card.metrics} />}
        {card.votes !== undefined && card.votes > 0 && (
          <span className="chip chip-votes" title={t("editor.votes", { count: card.votes })}>
            <span className="vote-dot" aria-hidden="true" />
            {card.votes}
            <span className="visually-hidden">{t("editor.votes", { count: card.votes })}</span>
          </span>
        )}
        <CardBadgeSlots cardId={card.id} />
      </div>
      {footCut && (
        <span className="card-more" role="img" aria-label={t("editor.card.more")} title={t("editor.card.more")}>
          …
        </span>
      )}
    </div>
    <Handle type="source" position={Position.Right} className="card-handle" isConnectable={actions.editable} />
    {ROUTE_HANDLE_SIDES.map(([handleId, type, position]) => (
      <Handle key={handleId} id={handleId} type={type} position={position} className="card-handle card-route" isConnectable={false} />
    ))}
    </>
  );
}

export const CardNodeView = memo(CardNodeViewImpl);

