/** Template "support-case": a business customer reports a login outage and gets it solved. */
import type { Journey } from "../schema/journey";
import { card, tr, type Loc } from "./localize";
import { BACKSTAGE_LANE, LANE, STANDARD_LANES } from "./standardLanes";

const { actions: A, touchpoints: T, emotions: E, painPoints: P, opportunities: O, backstage: B } = LANE;

/** The bilingual source of the support case map. */
export const SUPPORT_CASE: Loc<Journey> = {
  format: "baton.journey",
  version: 1,
  title: tr("Support case", "Supportfall"),
  description: tr(
    "A critical incident seen by the customer: from the first error message to the follow-up after the fix.",
    "Ein kritischer Störfall aus Kundensicht: von der ersten Fehlermeldung bis zur Nachbereitung nach der Lösung.",
  ),
  persona: {
    name: tr("Elena, IT administrator", "Elena, IT-Administratorin"),
    description: tr(
      "Looks after the systems of a mid-sized logistics company. When logins fail, 80 warehouse staff cannot work.",
      "Betreut die Systeme eines mittelständischen Logistikunternehmens. Wenn die Anmeldung ausfällt, können 80 Beschäftigte im Lager nicht arbeiten.",
    ),
    goals: [
      tr("Get everyone working again as fast as possible", "Alle so schnell wie möglich wieder arbeitsfähig machen"),
      tr("Explain the problem only once", "Das Problem nur einmal erklären müssen"),
      tr("Know what caused it and that it will not happen again", "Wissen, was die Ursache war und dass es nicht wieder passiert"),
    ],
  },
  stages: [
    { id: "occurs", name: tr("Problem occurs", "Problem tritt auf"), description: tr("Users are locked out after an update", "Nach einem Update sind die Nutzer ausgesperrt") },
    { id: "self-help", name: tr("Looks for help", "Sucht Hilfe"), description: tr("Help centre and status page", "Hilfecenter und Statusseite") },
    { id: "contact", name: tr("Contacts support", "Kontaktiert den Support"), description: tr("Ticket and hotline", "Ticket und Hotline") },
    { id: "resolution", name: tr("Resolution", "Lösung"), description: tr("Workaround, fix and updates", "Übergangslösung, Fehlerbehebung und Updates") },
    { id: "follow-up", name: tr("Follow-up", "Nachbereitung"), description: tr("Survey, report and check-in", "Umfrage, Bericht und Nachgespräch") },
  ],
  lanes: [...STANDARD_LANES, BACKSTAGE_LANE],
  cards: [
    card("oc-locked-out", "action", "occurs", A, tr("Notices that users cannot log in after an update", "Bemerkt, dass sich nach einem Update niemand anmelden kann"), { emotion: -2 }),
    card("oc-error", "touchpoint", "occurs", T, tr("Error message in the app", "Fehlermeldung in der App"), {
      channel: "app", ownerTeamId: "engineering",
      metrics: [{ kind: "custom", label: tr("Errors with a next step", "Fehler mit Handlungshinweis"), value: 40, target: 90, unit: "%" }],
    }),
    card("oc-feeling", "note", "occurs", E, tr("Stressed: the whole warehouse is waiting", "Gestresst: Das ganze Lager wartet"), { emotion: -2 }),
    card("oc-error-code", "painPoint", "occurs", P, tr("Error code without any explanation", "Fehlercode ohne jede Erklärung"), {
      severity: 4, impact: 4, effort: 2, status: "open", ownerTeamId: "engineering", votes: 6,
    }),
    card("oc-alert", "note", "occurs", B, tr("Monitoring raises an alert for failed logins", "Das Monitoring meldet gehäufte Anmeldefehler")),
    card("sh-search", "action", "self-help", A, tr("Searches the help centre", "Durchsucht das Hilfecenter"), { emotion: -1 }),
    card("sh-help-centre", "touchpoint", "self-help", T, tr("Help centre", "Hilfecenter"), {
      channel: "web", ownerTeamId: "docs",
      metrics: [{ kind: "custom", label: tr("Self-service success", "Erfolgsquote Selbsthilfe"), value: 35, target: 50, unit: "%" }],
    }),
    card("sh-status", "touchpoint", "self-help", T, tr("Status page", "Statusseite"), {
      channel: "web", ownerTeamId: "engineering",
      metrics: [{ kind: "CSAT", value: 3.1, target: 4 }],
    }),
    card("sh-all-green", "painPoint", "self-help", P, tr("Status page still shows everything as working", "Die Statusseite zeigt noch alles als funktionsfähig an"), {
      description: tr("The incident was posted 47 minutes after the first alert.", "Die Störung wurde erst 47 Minuten nach dem ersten Alarm veröffentlicht."),
      severity: 5, impact: 5, effort: 2, status: "inProgress", ownerTeamId: "engineering", votes: 12,
    }),
    card("sh-suggest", "opportunity", "self-help", O, tr("Suggest help articles that match the error code", "Passende Hilfeartikel zum Fehlercode vorschlagen"), {
      impact: 4, effort: 3, status: "open", ownerTeamId: "docs", votes: 5,
    }),
    card("ct-ticket", "action", "contact", A, tr("Opens a ticket, then calls the hotline", "Eröffnet ein Ticket und ruft dann die Hotline an"), { emotion: -1 }),
    card("ct-hotline", "touchpoint", "contact", T, tr("Support hotline", "Support-Hotline"), {
      channel: "phone", ownerTeamId: "support",
      metrics: [
        { kind: "firstContactResolution", value: 58, target: 70, unit: "%" },
        { kind: "custom", label: tr("Waiting time", "Wartezeit"), value: 12, target: 3, unit: "min" },
      ],
    }),
    card("ct-portal", "touchpoint", "contact", T, tr("Ticket portal", "Ticketportal"), {
      channel: "web", ownerTeamId: "support",
      metrics: [{ kind: "CES", value: 4.2, target: 3 }],
    }),
    card("ct-feeling", "note", "contact", E, tr("Frustrated at having to explain everything twice", "Frustriert, alles zweimal erklären zu müssen"), { emotion: -2 }),
    card("ct-no-context", "painPoint", "contact", P, tr("Ticket details do not reach the hotline agent", "Die Ticketdetails erreichen die Hotline nicht"), {
      severity: 4, impact: 5, effort: 3, status: "open", ownerTeamId: "support", votes: 10,
    }),
    card("ct-escalation", "note", "contact", B, tr("Escalation to the engineering on-call team", "Eskalation an die Rufbereitschaft der Entwicklung")),
    card("re-workaround", "action", "resolution", A, tr("Applies the workaround from support", "Wendet die Übergangslösung des Supports an"), { emotion: 1 }),
    card("re-updates", "touchpoint", "resolution", T, tr("Email updates on the ticket", "E-Mail-Updates zum Ticket"), {
      channel: "email", ownerTeamId: "support",
      metrics: [{ kind: "CSAT", value: 4.1, target: 4.5 }],
    }),
    card("re-fix", "touchpoint", "resolution", T, tr("Fix released", "Fehlerbehebung ausgeliefert"), {
      channel: "app", ownerTeamId: "engineering",
      metrics: [{ kind: "timeToResolution", value: 26, target: 8, unit: "h" }],
    }),
    card("re-feeling", "note", "resolution", E, tr("Relieved when logins work again", "Erleichtert, als die Anmeldung wieder funktioniert"), { emotion: 2 }),
    card("re-proactive", "opportunity", "resolution", O, tr("Notify all affected admins proactively", "Alle betroffenen Administratoren proaktiv benachrichtigen"), {
      impact: 4, effort: 2, status: "open", ownerTeamId: "success", votes: 7,
    }),
    card("fu-report", "action", "follow-up", A, tr("Reads the incident report", "Liest den Störungsbericht"), { emotion: 1 }),
    card("fu-survey", "touchpoint", "follow-up", T, tr("Satisfaction survey", "Zufriedenheitsumfrage"), {
      channel: "email", ownerTeamId: "success",
      metrics: [{ kind: "NPS", value: 12, target: 30 }],
    }),
    card("fu-check-in", "touchpoint", "follow-up", T, tr("Check-in call with customer success", "Nachgespräch mit Customer Success"), {
      channel: "phone", ownerTeamId: "success",
      metrics: [{ kind: "churnRate", label: tr("Churn after incidents", "Abwanderung nach Störungen"), value: 6, target: 4, unit: "%" }],
    }),
    card("fu-survey-early", "painPoint", "follow-up", P, tr("Survey arrives before the fix", "Die Umfrage kommt vor der Fehlerbehebung"), {
      severity: 2, impact: 2, effort: 1, status: "done", ownerTeamId: "success", votes: 3,
    }),
    card("fu-root-cause", "opportunity", "follow-up", O, tr("Publish a short root-cause summary", "Eine kurze Ursachenanalyse veröffentlichen"), {
      impact: 3, effort: 2, status: "inProgress", ownerTeamId: "docs", votes: 4,
    }),
  ],
  links: [
    { id: "lk-error-help", from: "oc-error", to: "sh-help-centre" },
    { id: "lk-alert-status", from: "oc-alert", to: "sh-status", label: tr("should update", "sollte aktualisieren") },
    { id: "lk-portal-hotline", from: "ct-portal", to: "ct-hotline", label: tr("no answer within an hour", "keine Antwort innerhalb einer Stunde") },
    { id: "lk-escalation-fix", from: "ct-escalation", to: "re-fix" },
  ],
  teams: [
    { id: "support", name: tr("Support", "Support"), color: "#e67e22" },
    { id: "engineering", name: tr("Engineering", "Entwicklung"), color: "#2c3e50" },
    { id: "success", name: tr("Customer success", "Customer Success"), color: "#8e44ad" },
    { id: "docs", name: tr("Documentation", "Dokumentation"), color: "#16a085" },
  ],
  people: [
    { id: "fatima", name: "Fatima Khan", teamId: "support" },
    { id: "noah", name: "Noah Schulz", teamId: "support" },
    { id: "jan", name: "Jan Kowalski", teamId: "engineering" },
    { id: "emma", name: "Emma Fischer", teamId: "success" },
    { id: "priya", name: "Priya Raman", teamId: "docs" },
  ],
  rotation: {
    cadenceDays: 14,
    startsOn: "2026-03-02",
    ownerIds: ["fatima", "jan", "emma", "noah"],
    overrides: [{ from: "2026-04-06", to: "2026-04-10", ownerId: "priya" }],
  },
  okrs: [
    {
      id: "okr-first-contact",
      objective: tr("Solve critical cases at the first contact", "Kritische Fälle beim ersten Kontakt lösen"),
      period: "2026-Q2",
      teamIds: ["support", "engineering"],
      keyResults: [
        {
          id: "kr-fcr", title: tr("Reach 70% first-contact resolution", "Eine Erstlösungsquote von 70 % erreichen"),
          metric: "firstContactResolution", baseline: 52, target: 70, current: 58, cardIds: ["ct-hotline"],
        },
        {
          id: "kr-ttr", title: tr("Resolve critical cases within 8 hours", "Kritische Fälle innerhalb von 8 Stunden lösen"),
          metric: "timeToResolution", baseline: 30, target: 8, current: 26, cardIds: ["re-fix", "re-updates"],
        },
      ],
    },
  ],
  reviews: [
    { id: "rv-1", cardId: "ct-hotline", reviewerId: "fatima", at: "2026-03-04T08:30:00Z", status: "needsWork", note: tr("Callers still wait 12 minutes at peak times.", "Zu Spitzenzeiten warten Anrufende noch 12 Minuten.") },
    { id: "rv-2", cardId: "sh-status", reviewerId: "jan", at: "2026-03-05T15:10:00+01:00", status: "needsWork", note: tr("Needs an automatic link to the alerting.", "Braucht eine automatische Anbindung an das Alarmsystem.") },
    { id: "rv-3", cardId: "fu-survey", reviewerId: "emma", at: "2026-03-18T10:00:00Z", status: "ok" },
  ],
  comments: [
    { id: "cm-1", cardId: "ct-no-context", author: "Noah Schulz", at: "2026-03-04T09:00:00Z", text: tr("Could the phone system open the ticket by caller number?", "Könnte die Telefonanlage das Ticket anhand der Rufnummer öffnen?") },
    { id: "cm-2", cardId: "ct-no-context", author: "Jan Kowalski", at: "2026-03-04T11:45:00Z", replyTo: "cm-1", text: tr("Yes, the telephony API supports it. About two sprints of work.", "Ja, die Telefonie-Schnittstelle kann das. Etwa zwei Sprints Aufwand.") },
    { id: "cm-3", cardId: "sh-all-green", author: "Emma Fischer", at: "2026-03-06T14:20:00Z", resolved: true, text: tr("Three customers mentioned this in their check-in calls.", "Drei Kunden haben das in ihren Nachgesprächen angesprochen.") },
  ],
};
