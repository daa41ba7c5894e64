/**
 * Hostile text for the export tests: markup, script, CDATA ends, control characters that XML
 * forbids, lone surrogates, bidi overrides, emoji, formula starts. `payloadJourney(p)` puts one
 * payload into every text field of a valid journey.
 */
import type { Journey } from "../../shared/schema/journey";

export const PAYLOADS: readonly string[] = [
  "<script>alert(1)</script>",
  `"><img src=x onerror=alert(1)>`,
  "' onmouseover='alert(1)' x='",
  "]]><svg onload=alert(1)>",
  "<![CDATA[ x ]]>",
  `<?xml-stylesheet href="http://evil.example/x.css"?>`,
  `<foreignObject><iframe src="http://evil.example/"></iframe></foreignObject>`,
  "url(http://evil.example/x.png) @import 'http://evil.example/y.css';",
  "&amp; &lt; &#x3c; &#0; &bogus;",
  "nul\u0000 bell\u0007 bs\u0008 vt\u000b ff\u000c esc\u001b del\u007f \ufffe\uffff end",
  "lone \ud800 surrogate \udc00 here",
  "\u202eevil\u202c \u0645\u0631\u062d\u0628\u0627 \u05e2\u05d1\u05e8\u05d9\u05ea",
  "\ud83d\udc69\ud83c\udffd\u200d\ud83d\udcbb \ud83d\ude80 \u2728 caf\u00e9 \u00fc\u00f6\u00e4 \u00df",
  "=HYPERLINK(\"http://evil.example\",\"x\")",
  "line one\nline two\r\nline\tthree",
];

/** A valid journey with `p` (cut to each field's limit) in every text field. */
export function payloadJourney(p: string): Journey {
  const cut = (n: number) => p.slice(0, n) || "x";
  return {
    format: "baton.journey",
    version: 1,
    title: cut(200),
    description: cut(10_000),
    persona: { name: cut(120), description: cut(2000), goals: [cut(500), cut(500)] },
    stages: [
      { id: "s1", name: cut(120), description: cut(2000) },
      { id: "s2", name: cut(120) },
    ],
    lanes: [
      { id: "l1", name: cut(120), kind: "actions" },
      { id: "l2", name: cut(120), kind: "painPoints" },
    ],
    cards: [
      { id: "c1", kind: "action", stageId: "s1", laneId: "l1", title: cut(500), description: cut(10_000), emotion: -1, channel: "web" },
      {
        id: "c2", kind: "painPoint", stageId: "s2", laneId: "l2", title: cut(500), severity: 4, votes: 3, ownerTeamId: "t1",
        status: "inProgress", impact: 3, effort: 2,
        metrics: [{ kind: "custom", label: cut(120), value: 1, target: 2, unit: cut(20) }, { kind: "NPS", label: cut(120), value: 3 }],
      },
      { id: "c3", kind: "touchpoint", stageId: "s2", laneId: "l1", title: cut(500), ownerTeamId: "t1", emotion: 2 },
    ],
    links: [{ id: "k1", from: "c1", to: "c2", label: cut(200) }, { id: "k2", from: "c3", to: "c1" }],
    teams: [{ id: "t1", name: cut(120), color: "#123abc" }],
    people: [{ id: "p1", name: cut(120), teamId: "t1" }],
    comments: [{ id: "m1", cardId: "c1", author: cut(120), text: cut(5000), at: "2026-10-09T14:10:00Z" }],
  };
}
