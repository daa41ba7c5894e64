/** Template "ecommerce-purchase": buying running shoes online, from an ad to a return and a reorder. */
import type { Journey } from "../schema/journey";
import { card, tr, type Loc } from "./localize";
import { LANE, STANDARD_LANES } from "./standardLanes";

const { actions: A, touchpoints: T, emotions: E, painPoints: P, opportunities: O } = LANE;

/** The bilingual source of the online purchase map. */
export const ECOMMERCE_PURCHASE: Loc<Journey> = {
  format: "baton.journey",
  version: 1,
  title: tr("Online purchase", "Online-Kauf"),
  description: tr(
    "How a returning customer finds, buys, receives and returns running shoes in our online shop.",
    "Wie ein wiederkehrender Kunde in unserem Onlineshop Laufschuhe findet, kauft, erhält und zurückschickt.",
  ),
  persona: {
    name: tr("Jonas, 34, hobby runner", "Jonas, 34, Hobbyläufer"),
    description: tr(
      "Buys most of his sports gear online, usually on his phone in the evening. Hates paying for returns.",
      "Kauft seine Sportausrüstung meist online, oft abends auf dem Smartphone. Ärgert sich über kostenpflichtige Rücksendungen.",
    ),
    goals: [
      tr("Find shoes that fit the first time", "Schuhe finden, die auf Anhieb passen"),
      tr("Know the total price before paying", "Den Gesamtpreis vor dem Bezahlen kennen"),
      tr("Get the parcel before the weekend run", "Das Paket vor dem Wochenendlauf erhalten"),
    ],
  },
  stages: [
    { id: "discover", name: tr("Discover", "Entdecken"), description: tr("Inspiration and first visit", "Inspiration und erster Besuch") },
    { id: "choose", name: tr("Compare and choose", "Vergleichen und auswählen"), description: tr("Product details, reviews, sizes", "Produktdetails, Bewertungen, Größen") },
    { id: "checkout", name: tr("Checkout", "Bezahlvorgang"), description: tr("Basket, delivery and payment", "Warenkorb, Versand und Zahlung") },
    { id: "delivery", name: tr("Delivery", "Lieferung"), description: tr("From dispatch to the doorstep", "Vom Versand bis an die Haustür") },
    { id: "after", name: tr("After the purchase", "Nach dem Kauf"), description: tr("Returns, service and buying again", "Rücksendung, Service und Wiederkauf") },
  ],
  lanes: [...STANDARD_LANES],
  cards: [
    card("di-ad", "action", "discover", A, tr("Sees an ad for trail running shoes", "Sieht eine Anzeige für Trailrunning-Schuhe"), { emotion: 1 }),
    card("di-instagram", "touchpoint", "discover", T, tr("Instagram ad", "Instagram-Anzeige"), {
      channel: "social", ownerTeamId: "marketing",
      metrics: [{ kind: "conversion", label: tr("Click-through rate", "Klickrate"), value: 1.8, target: 2.5, unit: "%" }],
    }),
    card("di-listing", "touchpoint", "discover", T, tr("Product listing page", "Produktübersichtsseite"), {
      channel: "web", ownerTeamId: "ecommerce",
      metrics: [{ kind: "conversion", label: tr("Listing to product page", "Übersicht zu Produktseite"), value: 12, target: 15, unit: "%" }],
    }),
    card("di-feeling", "note", "discover", E, tr("Inspired and ready to browse", "Inspiriert und in Stöberlaune"), { emotion: 2 }),
    card("di-filters", "painPoint", "discover", P, tr("Filters reset when going back to the list", "Filter werden beim Zurückgehen zur Liste zurückgesetzt"), {
      severity: 3, impact: 3, effort: 1, status: "open", ownerTeamId: "ecommerce", votes: 6,
    }),
    card("ch-reviews", "action", "choose", A, tr("Reads reviews and checks the size chart", "Liest Bewertungen und prüft die Größentabelle"), { emotion: 0 }),
    card("ch-detail", "touchpoint", "choose", T, tr("Product detail page", "Produktdetailseite"), {
      channel: "web", ownerTeamId: "ecommerce",
      metrics: [{ kind: "conversion", label: tr("Add to basket", "In den Warenkorb"), value: 6.4, target: 8, unit: "%" }],
    }),
    card("ch-size-chat", "touchpoint", "choose", T, tr("Size advice chat", "Chat zur Größenberatung"), {
      channel: "chat", ownerTeamId: "service",
      metrics: [{ kind: "CSAT", value: 4.6, target: 4.5 }],
    }),
    card("ch-feeling", "note", "choose", E, tr("Unsure which size to order", "Unsicher, welche Größe er bestellen soll"), { emotion: -1 }),
    card("ch-size-charts", "painPoint", "choose", P, tr("Size charts differ from brand to brand", "Größentabellen unterscheiden sich von Marke zu Marke"), {
      description: tr("Size is the reason for 38% of all returns.", "Die Größe ist der Grund für 38 % aller Rücksendungen."),
      severity: 4, impact: 5, effort: 3, status: "inProgress", ownerTeamId: "ecommerce", votes: 11,
    }),
    card("ch-fit-finder", "opportunity", "choose", O, tr("Fit finder based on earlier purchases", "Größenberater auf Basis früherer Käufe"), {
      impact: 5, effort: 4, status: "open", ownerTeamId: "ecommerce", votes: 7,
    }),
    card("co-pay", "action", "checkout", A, tr("Checks out as a guest and pays with PayPal", "Bestellt als Gast und bezahlt mit PayPal"), { emotion: 0 }),
    card("co-checkout", "touchpoint", "checkout", T, tr("Checkout", "Kasse"), {
      channel: "web", ownerTeamId: "ecommerce",
      metrics: [
        { kind: "conversion", label: tr("Checkout completion", "Abgeschlossene Bestellungen"), value: 68, target: 75, unit: "%" },
        { kind: "CES", value: 3.4, target: 2.5 },
      ],
    }),
    card("co-confirmation", "touchpoint", "checkout", T, tr("Order confirmation email", "Bestellbestätigung per E-Mail"), {
      channel: "email", ownerTeamId: "ecommerce",
      metrics: [{ kind: "custom", label: tr("Open rate", "Öffnungsrate"), value: 88, target: 90, unit: "%" }],
    }),
    card("co-feeling", "note", "checkout", E, tr("Annoyed by surprise shipping costs", "Verärgert über unerwartete Versandkosten"), { emotion: -2 }),
    card("co-shipping-costs", "painPoint", "checkout", P, tr("Shipping costs appear only at the last step", "Versandkosten erscheinen erst im letzten Schritt"), {
      severity: 4, impact: 4, effort: 1, status: "open", ownerTeamId: "ecommerce", votes: 9,
    }),
    card("de-track", "action", "delivery", A, tr("Tracks the parcel", "Verfolgt das Paket"), { emotion: 0 }),
    card("de-notification", "touchpoint", "delivery", T, tr("Shipping notification", "Versandbenachrichtigung"), {
      channel: "email", ownerTeamId: "logistics",
      metrics: [{ kind: "custom", label: tr("On-time delivery", "Pünktliche Zustellung"), value: 91, target: 95, unit: "%" }],
    }),
    card("de-parcel", "touchpoint", "delivery", T, tr("Parcel delivery", "Paketzustellung"), {
      channel: "other", ownerTeamId: "logistics",
      metrics: [{ kind: "CSAT", value: 4.0, target: 4.4 }],
    }),
    card("de-feeling", "note", "delivery", E, tr("Excited when the parcel arrives", "Vorfreude, als das Paket ankommt"), { emotion: 2 }),
    card("de-window", "painPoint", "delivery", P, tr("Delivery window is too vague", "Das Lieferzeitfenster ist zu ungenau"), {
      severity: 3, impact: 3, effort: 4, status: "open", ownerTeamId: "logistics", votes: 4,
    }),
    card("de-slots", "opportunity", "delivery", O, tr("Choose a delivery slot or a pick-up point", "Lieferzeitfenster oder Abholstation wählen"), {
      impact: 4, effort: 4, status: "open", ownerTeamId: "logistics", votes: 5,
    }),
    card("af-return", "action", "after", A, tr("Returns one pair that does not fit", "Schickt ein Paar zurück, das nicht passt"), { emotion: -1 }),
    card("af-portal", "touchpoint", "after", T, tr("Returns portal", "Retourenportal"), {
      channel: "web", ownerTeamId: "service",
      metrics: [
        { kind: "CES", value: 2.8, target: 2 },
        { kind: "timeToResolution", label: tr("Refund time", "Dauer der Erstattung"), value: 6, target: 3, unit: tr("days", "Tage") },
      ],
    }),
    card("af-hotline", "touchpoint", "after", T, tr("Customer service hotline", "Kundenservice-Hotline"), {
      channel: "phone", ownerTeamId: "service",
      metrics: [{ kind: "firstContactResolution", value: 72, target: 80, unit: "%" }],
    }),
    card("af-reorder-mail", "touchpoint", "after", T, tr("Reorder reminder email", "Erinnerungs-E-Mail zum Nachkauf"), {
      channel: "email", ownerTeamId: "marketing",
      metrics: [{ kind: "retention", value: 34, target: 40, unit: "%" }],
    }),
    card("af-refund", "painPoint", "after", P, tr("Refund takes more than a week", "Die Erstattung dauert länger als eine Woche"), {
      severity: 4, impact: 4, effort: 3, status: "inProgress", ownerTeamId: "service", votes: 8,
    }),
    card("af-exchange", "opportunity", "after", O, tr("Instant exchange for another size", "Sofortiger Umtausch in eine andere Größe"), {
      impact: 5, effort: 3, status: "open", ownerTeamId: "service", votes: 10,
    }),
  ],
  links: [
    { id: "lk-ad-listing", from: "di-instagram", to: "di-listing" },
    { id: "lk-detail-chat", from: "ch-detail", to: "ch-size-chat", label: tr("unsure about the size", "bei Unsicherheit über die Größe") },
    { id: "lk-sizes-return", from: "ch-size-charts", to: "af-return", label: tr("leads to", "führt zu") },
    { id: "lk-checkout-confirmation", from: "co-checkout", to: "co-confirmation" },
  ],
  teams: [
    { id: "marketing", name: tr("Marketing", "Marketing"), color: "#c0392b" },
    { id: "ecommerce", name: tr("E-commerce", "E-Commerce"), color: "#2980b9" },
    { id: "logistics", name: tr("Logistics", "Logistik"), color: "#16a085" },
    { id: "service", name: tr("Customer service", "Kundenservice"), color: "#f39c12" },
  ],
  people: [
    { id: "julia", name: "Julia Berger", teamId: "marketing" },
    { id: "tom", name: "Tom Novak", teamId: "ecommerce" },
    { id: "nina", name: "Nina Rossi", teamId: "ecommerce" },
    { id: "aylin", name: "Aylin Demir", teamId: "logistics" },
    { id: "peter", name: "Peter Hansen", teamId: "service" },
  ],
  rotation: {
    cadenceDays: 14,
    startsOn: "2026-07-06",
    ownerIds: ["tom", "julia", "aylin", "peter"],
    overrides: [{ from: "2026-11-23", to: "2026-11-29", ownerId: "nina" }],
  },
  okrs: [
    {
      id: "okr-right-size",
      objective: tr("Make buying the right size effortless", "Die richtige Größe mühelos finden und kaufen"),
      period: "2026-H2",
      teamIds: ["ecommerce", "service"],
      keyResults: [
        {
          id: "kr-size-returns", title: tr("Cut size-related returns from 24% to 15%", "Größenbedingte Retouren von 24 % auf 15 % senken"),
          metric: "custom", baseline: 24, target: 15, current: 21, cardIds: ["ch-detail", "af-portal"],
        },
        {
          id: "kr-checkout", title: tr("Raise checkout completion to 75%", "Abschlussquote an der Kasse auf 75 % steigern"),
          metric: "conversion", baseline: 62, target: 75, current: 68, cardIds: ["co-checkout"],
        },
      ],
    },
  ],
  reviews: [
    { id: "rv-1", cardId: "co-checkout", reviewerId: "tom", at: "2026-07-08T10:00:00Z", status: "needsWork", note: tr("Shipping costs are still hidden on mobile.", "Auf Mobilgeräten sind die Versandkosten weiterhin versteckt.") },
    { id: "rv-2", cardId: "de-notification", reviewerId: "aylin", at: "2026-07-09T13:20:00Z", status: "ok" },
    { id: "rv-3", cardId: "af-portal", reviewerId: "peter", at: "2026-07-21T09:45:00+02:00", status: "ok", note: tr("New return label flow works well.", "Der neue Ablauf für Rücksendeetiketten funktioniert gut.") },
  ],
  comments: [
    { id: "cm-1", cardId: "ch-size-charts", author: "Nina Rossi", at: "2026-07-10T11:00:00Z", text: tr("Three brands cause 70% of size returns. Let's start with them.", "Drei Marken verursachen 70 % der größenbedingten Retouren. Fangen wir mit ihnen an.") },
    { id: "cm-2", cardId: "ch-size-charts", author: "Peter Hansen", at: "2026-07-10T13:25:00Z", replyTo: "cm-1", text: tr("Agreed. Service can share the most common complaints.", "Einverstanden. Der Kundenservice kann die häufigsten Beschwerden beisteuern.") },
    { id: "cm-3", cardId: "co-shipping-costs", author: "Julia Berger", at: "2026-07-12T08:30:00Z", resolved: true, text: tr("Our ads can mention free shipping from €50.", "In unseren Anzeigen können wir auf den kostenlosen Versand ab 50 € hinweisen.") },
  ],
};
