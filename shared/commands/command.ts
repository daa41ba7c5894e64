import type { Card } from "../schema/card";
import type { Id } from "../schema/common";
import type { Comment } from "../schema/comment";
import type { Journey, JourneyStatus } from "../schema/journey";
import type { WorkspaceCommand } from "../workspace/commands";
import type { Lane } from "../schema/lane";
import type { Link } from "../schema/link";
import type { KeyResult, Okr } from "../schema/okr";
import type { Persona } from "../schema/persona";
import type { Person } from "../schema/person";
import type { Review } from "../schema/review";
import type { Rotation } from "../schema/rotation";
import type { Stage } from "../schema/stage";
import type { Team } from "../schema/team";
import type { WorkshopCommand } from "./workshop";

/**
 * A partial change of an entity: a field set to a value changes it, a field set to `null`
 * removes an optional field, an absent field is left alone.
 */
export type Patch<T> = { [K in keyof T]?: T[K] | null };

/**
 * Every change a person can make to a map, as data. `applyCommands` is the only code that
 * writes a map's document. Positions (`index`) are read against the document at the moment
 * the command is applied: for stages and lanes the index in their list, for cards the index
 * among the cards of the target cell (the moved card itself not counted). An absent index
 * means "at the end"; out-of-range values are clamped. A command naming an entity that does
 * not exist, or carrying a value that fails its schema, is skipped and reported, never thrown
 * (shared/doc/LAYOUT.md, rules C1-C8).
 */
export type Command =
  // The map itself
  | { type: "setTitle"; title: string }
  | { type: "setDescription"; description: string | null }
  | { type: "setPersona"; persona: Persona | null }
  // Stages (columns) and lanes (rows). Deleting one deletes its cards, their links,
  // reviews and comments, and their ids in key results, in the same transaction.
  | { type: "addStage"; stage: Stage; index?: number }
  | { type: "updateStage"; id: Id; patch: Patch<Omit<Stage, "id">> }
  | { type: "moveStage"; id: Id; index: number }
  | { type: "deleteStage"; id: Id }
  | { type: "addLane"; lane: Lane; index?: number }
  | { type: "updateLane"; id: Id; patch: Patch<Omit<Lane, "id">> }
  | { type: "moveLane"; id: Id; index: number }
  | { type: "deleteLane"; id: Id }
  // Cards
  // `createdOn` (a day) records when the card was added, for the review rules (SPEC.md D14).
  | { type: "addCard"; card: Card; index?: number; createdOn?: string }
  | { type: "updateCard"; id: Id; patch: Patch<Omit<Card, "id" | "stageId" | "laneId">> }
  | { type: "moveCard"; id: Id; stageId: Id; laneId: Id; index?: number }
  | { type: "deleteCard"; id: Id }
  // Links
  | { type: "addLink"; link: Link }
  | { type: "updateLink"; id: Id; patch: Patch<Pick<Link, "label">> }
  | { type: "deleteLink"; id: Id }
  // Teams and people. Deleting a team clears it from cards, people and OKRs (an OKR left with
  // no team is deleted too); deleting a person removes them from the rotation (a rotation
  // left with nobody is removed), removes their overrides and deletes the reviews they wrote
  // (a review must name an existing reviewer).
  | { type: "addTeam"; team: Team; index?: number }
  | { type: "updateTeam"; id: Id; patch: Patch<Omit<Team, "id">> }
  | { type: "deleteTeam"; id: Id }
  | { type: "addPerson"; person: Person; index?: number }
  | { type: "updatePerson"; id: Id; patch: Patch<Omit<Person, "id">> }
  | { type: "deletePerson"; id: Id }
  // The rotating journey owner
  | { type: "setRotation"; rotation: Rotation | null }
  // OKRs and key results
  | { type: "addOkr"; okr: Okr; index?: number }
  | { type: "updateOkr"; id: Id; patch: Patch<Omit<Okr, "id" | "keyResults">> }
  | { type: "deleteOkr"; id: Id }
  | { type: "addKeyResult"; okrId: Id; keyResult: KeyResult; index?: number }
  | { type: "updateKeyResult"; okrId: Id; id: Id; patch: Patch<Omit<KeyResult, "id">> }
  | { type: "deleteKeyResult"; okrId: Id; id: Id }
  // Reviews and comments. Deleting a comment deletes its replies.
  | { type: "addReview"; review: Review }
  | { type: "deleteReview"; id: Id }
  | { type: "addComment"; comment: Comment }
  | { type: "updateComment"; id: Id; patch: Patch<Pick<Comment, "text" | "resolved">> }
  | { type: "deleteComment"; id: Id }
  // The journey's status, group and tags (SPEC.md WS1); null removes the field.
  | { type: "setJourneyStatus"; status: JourneyStatus | null }
  | { type: "setJourneyGroup"; group: string | null }
  | { type: "setJourneyTags"; tags: string[] | null }
  // The day the map was created or imported (SPEC.md D14); the first one written stays.
  | { type: "setMapCreated"; day: string }
  // Everything at once: the document's content becomes this journey (import, PUT, templates).
  | { type: "replaceJourney"; journey: Journey }
  // Workshop: dot voting and the shared timer (shared/commands/workshop.ts), origin "workshop".
  | WorkshopCommand
  // A workspace document's metrics library and decisions (shared/workspace/commands.ts).
  | WorkspaceCommand;

export type CommandType = Command["type"];
