/** Template "saas-onboarding": a small agency trials a project management tool and buys it. */
import type { Journey } from "../schema/journey";
import { card, tr, type Loc } from "./localize";
import { LANE, STANDARD_LANES } from "./standardLanes";

const { actions: A, touchpoints: T, emotions: E, painPoints: P, opportunities: O } = LANE;

/** The bilingual source of the SaaS onboarding map. */
export const SAAS_ONBOARDING: Loc<Journey> = {
  format: "baton.journey",
  version: 1,
  title: tr("SaaS onboarding", "SaaS-Onboarding"),
  description: tr(
    "From the first visit to the pricing page to a paying team: the 14-day trial of our project management tool.",
    "Vom ersten Besuch der Preisseite bis zum zahlenden Team: die 14-tägige Testphase unseres Projektmanagement-Tools.",
  ),
  persona: {
    name: tr("Maria, operations lead", "Maria, Leiterin Operations"),
    description: tr(
      "Runs operations at a 20-person design agency. Chooses tools for the whole team and has little time to set them up.",
      "Verantwortet den Betrieb einer Designagentur mit 20 Mitarbeitenden. Wählt Werkzeuge für das ganze Team aus und hat wenig Zeit für die Einrichtung.",
    ),
    goals: [
      tr("See every project's status in one place", "Den Stand aller Projekte an einem Ort sehen"),
      tr("Get the team working in the tool within a week", "Das Team innerhalb einer Woche im Tool arbeiten lassen"),
      tr("Stay within the tools budget", "Im Budget für Software bleiben"),
    ],
  },
  stages: [
    { id: "signup", name: tr("Sign up", "Registrierung"), description: tr("From the pricing page to a working account", "Von der Preisseite zum eingerichteten Konto") },
    { id: "setup", name: tr("Setup", "Einrichtung"), description: tr("Workspace, settings and first steps", "Arbeitsbereich, Einstellungen und erste Schritte") },
    { id: "first-value", name: tr("First value", "Erster Nutzen"), description: tr("The first real project runs in the tool", "Das erste echte Projekt läuft im Tool") },
    { id: "adoption", name: tr("Team adoption", "Einführung im Team"), description: tr("Colleagues join and start working", "Kolleginnen und Kollegen kommen dazu und legen los") },
    { id: "purchase", name: tr("Purchase decision", "Kaufentscheidung"), description: tr("The trial ends: buy or leave", "Die Testphase endet: kaufen oder gehen") },
  ],
  lanes: [...STANDARD_LANES],
  cards: [
    card("su-compare", "action", "signup", A, tr("Compares plans on the pricing page", "Vergleicht die Pakete auf der Preisseite"), { emotion: 0 }),
    card("su-pricing", "touchpoint", "signup", T, tr("Pricing page", "Preisseite"), {
      channel: "web", ownerTeamId: "growth", emotion: 0,
      metrics: [{ kind: "conversion", label: tr("Visit to trial", "Besuch zu Testkonto"), value: 3.1, target: 4, unit: "%" }],
    }),
    card("su-form", "touchpoint", "signup", T, tr("Sign-up form", "Registrierungsformular"), {
      channel: "web", ownerTeamId: "growth",
      metrics: [{ kind: "conversion", label: tr("Form completion", "Abschlussquote des Formulars"), value: 58, target: 65, unit: "%" }],
    }),
    card("su-feeling", "note", "signup", E, tr("Curious, but cautious about committing", "Neugierig, aber vorsichtig mit einer Zusage"), { emotion: 1 }),
    card("su-card-required", "painPoint", "signup", P, tr("Credit card required for the free trial", "Kreditkarte schon für die kostenlose Testphase verlangt"), {
      description: tr("A third of visitors who open the form leave at the payment field.", "Ein Drittel der Besucherinnen und Besucher bricht am Zahlungsfeld ab."),
      severity: 4, impact: 4, effort: 2, status: "inProgress", ownerTeamId: "growth", votes: 7,
    }),
    card("su-sso", "opportunity", "signup", O, tr("Sign up with a Google or Microsoft account", "Registrierung mit Google- oder Microsoft-Konto"), {
      impact: 3, effort: 2, status: "open", ownerTeamId: "product", votes: 4,
    }),
    card("se-workspace", "action", "setup", A, tr("Creates the workspace and picks a template", "Legt den Arbeitsbereich an und wählt eine Vorlage"), { emotion: 0 }),
    card("se-welcome", "touchpoint", "setup", T, tr("Welcome email", "Willkommens-E-Mail"), {
      channel: "email", ownerTeamId: "success",
      metrics: [{ kind: "custom", label: tr("Open rate", "Öffnungsrate"), value: 62, target: 70, unit: "%" }],
    }),
    card("se-checklist", "touchpoint", "setup", T, tr("Setup checklist in the app", "Einrichtungs-Checkliste in der App"), {
      channel: "app", ownerTeamId: "product",
      metrics: [{ kind: "CES", value: 4.1, target: 3 }],
    }),
    card("se-feeling", "note", "setup", E, tr("Overwhelmed by the number of settings", "Von der Menge an Einstellungen überfordert"), { emotion: -1 }),
    card("se-settings", "painPoint", "setup", P, tr("Too many settings before anything works", "Zu viele Einstellungen, bevor irgendetwas funktioniert"), {
      severity: 3, impact: 4, effort: 3, status: "open", ownerTeamId: "product", votes: 5,
    }),
    card("fv-import", "action", "first-value", A, tr("Imports existing projects from a spreadsheet", "Importiert bestehende Projekte aus einer Tabelle"), { emotion: -2 }),
    card("fv-csv", "touchpoint", "first-value", T, tr("Spreadsheet import", "Tabellenimport"), {
      channel: "app", ownerTeamId: "product",
      metrics: [{ kind: "custom", label: tr("Import success rate", "Erfolgsquote beim Import"), value: 71, target: 95, unit: "%" }],
    }),
    card("fv-chat", "touchpoint", "first-value", T, tr("Live chat", "Live-Chat"), {
      channel: "chat", ownerTeamId: "support",
      metrics: [
        { kind: "CSAT", value: 4.2, target: 4.5 },
        { kind: "timeToResolution", value: 18, target: 10, unit: "min" },
      ],
    }),
    card("fv-feeling", "note", "first-value", E, tr("Relief when the first project runs", "Erleichterung, als das erste Projekt läuft"), { emotion: 2 }),
    card("fv-merged-cells", "painPoint", "first-value", P, tr("Import fails on Excel files with merged cells", "Import scheitert an Excel-Dateien mit verbundenen Zellen"), {
      description: tr("The error message does not say which row is the problem.", "Die Fehlermeldung nennt nicht die Zeile, die das Problem verursacht."),
      severity: 5, impact: 5, effort: 2, status: "inProgress", ownerTeamId: "product", votes: 9,
    }),
    card("fv-import-templates", "opportunity", "first-value", O, tr("Import templates for common tools", "Importvorlagen für gängige Tools"), {
      impact: 4, effort: 3, status: "open", ownerTeamId: "product", votes: 6,
    }),
    card("ad-invite", "action", "adoption", A, tr("Invites colleagues and assigns first tasks", "Lädt Kolleginnen und Kollegen ein und verteilt erste Aufgaben"), { emotion: 1 }),
    card("ad-invite-mail", "touchpoint", "adoption", T, tr("Invitation email", "Einladungs-E-Mail"), {
      channel: "email", ownerTeamId: "growth",
      metrics: [{ kind: "conversion", label: tr("Invites accepted", "Angenommene Einladungen"), value: 44, target: 60, unit: "%" }],
    }),
    card("ad-webinar", "touchpoint", "adoption", T, tr("Onboarding webinar", "Onboarding-Webinar"), {
      channel: "web", ownerTeamId: "success",
      metrics: [{ kind: "NPS", value: 38, target: 45 }],
    }),
    card("ad-empty", "painPoint", "adoption", P, tr("Invited colleagues land on an empty screen", "Eingeladene Kolleginnen und Kollegen landen auf einem leeren Bildschirm"), {
      severity: 3, impact: 3, effort: 2, status: "open", ownerTeamId: "success", votes: 3,
    }),
    card("ad-role-views", "opportunity", "adoption", O, tr("Role-based starter views", "Rollenbasierte Startansichten"), {
      impact: 4, effort: 4, status: "open", ownerTeamId: "product", votes: 2,
    }),
    card("pu-decide", "action", "purchase", A, tr("Decides whether to buy before the trial ends", "Entscheidet vor Ende der Testphase über den Kauf"), { emotion: 1 }),
    card("pu-reminder", "touchpoint", "purchase", T, tr("Trial-ending reminder", "Erinnerung vor Ende der Testphase"), {
      channel: "email", ownerTeamId: "growth",
      metrics: [{ kind: "conversion", label: tr("Trial to paid", "Test- zu Bezahlkonto"), value: 22, target: 30, unit: "%" }],
    }),
    card("pu-sales-call", "touchpoint", "purchase", T, tr("Call with an account manager", "Gespräch mit dem Kundenbetreuer"), {
      channel: "phone", ownerTeamId: "success",
      metrics: [{ kind: "NPS", value: 41, target: 50 }],
    }),
    card("pu-feeling", "note", "purchase", E, tr("Confident the team will keep using it", "Zuversichtlich, dass das Team dabeibleibt"), { emotion: 2 }),
    card("pu-value-recap", "opportunity", "purchase", O, tr("Show the value created during the trial", "Den in der Testphase erzielten Nutzen sichtbar machen"), {
      description: tr("A short recap: projects created, tasks done, hours saved.", "Eine kurze Bilanz: angelegte Projekte, erledigte Aufgaben, gesparte Stunden."),
      impact: 5, effort: 2, status: "open", ownerTeamId: "growth", votes: 8,
    }),
  ],
  links: [
    { id: "lk-pricing-form", from: "su-pricing", to: "su-form" },
    { id: "lk-form-welcome", from: "su-form", to: "se-welcome" },
    { id: "lk-import-chat", from: "fv-csv", to: "fv-chat", label: tr("when the import fails", "wenn der Import scheitert") },
    { id: "lk-cells-templates", from: "fv-merged-cells", to: "fv-import-templates", label: tr("addressed by", "gelöst durch") },
  ],
  teams: [
    { id: "growth", name: tr("Growth marketing", "Growth-Marketing"), color: "#27ae60" },
    { id: "product", name: tr("Product", "Produktmanagement"), color: "#2980b9" },
    { id: "success", name: tr("Customer success", "Customer Success"), color: "#8e44ad" },
    { id: "support", name: tr("Support", "Kundensupport"), color: "#e67e22" },
  ],
  people: [
    { id: "anna", name: "Anna Schmidt", teamId: "growth" },
    { id: "david", name: "David Okafor", teamId: "product" },
    { id: "sara", name: "Sara Lindqvist", teamId: "product" },
    { id: "mei", name: "Mei Tanaka", teamId: "success" },
    { id: "lukas", name: "Lukas Wagner", teamId: "support" },
  ],
  rotation: {
    cadenceDays: 14,
    startsOn: "2026-06-01",
    ownerIds: ["david", "mei", "anna", "lukas"],
    overrides: [{ from: "2026-08-03", to: "2026-08-14", ownerId: "sara" }],
  },
  okrs: [
    {
      id: "okr-first-value",
      objective: tr("New customers reach their first value within a week", "Neue Kundinnen und Kunden erleben innerhalb einer Woche den ersten Nutzen"),
      period: "2026-Q3",
      teamIds: ["product", "success"],
      keyResults: [
        {
          id: "kr-import", title: tr("Raise the import success rate to 95%", "Erfolgsquote beim Import auf 95 % steigern"),
          metric: "custom", baseline: 71, target: 95, current: 80, cardIds: ["fv-csv"],
        },
        {
          id: "kr-trial-to-paid", title: tr("Convert 30% of trials into paid accounts", "30 % der Testkonten in Bezahlkonten umwandeln"),
          metric: "conversion", baseline: 18, target: 30, current: 22, cardIds: ["pu-reminder", "pu-sales-call"],
        },
      ],
    },
  ],
  reviews: [
    { id: "rv-1", cardId: "fv-csv", reviewerId: "david", at: "2026-06-10T09:15:00Z", status: "needsWork", note: tr("Merged cells still break the import.", "Verbundene Zellen lassen den Import weiterhin scheitern.") },
    { id: "rv-2", cardId: "fv-chat", reviewerId: "lukas", at: "2026-06-12T14:30:00Z", status: "ok" },
    { id: "rv-3", cardId: "se-welcome", reviewerId: "mei", at: "2026-06-16T08:00:00Z", status: "ok", note: tr("Open rate is rising since the new subject line.", "Die Öffnungsrate steigt seit der neuen Betreffzeile.") },
  ],
  comments: [
    { id: "cm-1", cardId: "fv-merged-cells", author: "David Okafor", at: "2026-06-10T09:20:00Z", text: tr("Can we reproduce this with the file from ticket 4821?", "Können wir das mit der Datei aus Ticket 4821 nachstellen?") },
    { id: "cm-2", cardId: "fv-merged-cells", author: "Lukas Wagner", at: "2026-06-10T10:05:00Z", replyTo: "cm-1", text: tr("Yes, it is attached to the ticket. It has three merged header rows.", "Ja, sie hängt am Ticket und hat drei verbundene Kopfzeilen.") },
    { id: "cm-3", cardId: "su-card-required", author: "Anna Schmidt", at: "2026-06-11T16:40:00Z", resolved: true, text: tr("Finance agreed to drop the card requirement in Q3.", "Die Finanzabteilung hat zugestimmt, die Kreditkartenpflicht im dritten Quartal abzuschaffen.") },
  ],
};
