/**
 * The journey of the KPI e2e tests' workspace file: a support case whose live chat's CSAT points at
 * the workspace's `csat` series (owner team `care`) and whose help centre has a typed NPS (team `web`).
 */
export const supportCaseJourney = {
  id: "j1",
  title: "Support case",
  stages: [{ id: "ask", name: "Ask" }, { id: "solve", name: "Solve" }],
  lanes: [{ id: "tp", name: "Touchpoints", kind: "touchpoints" }],
  cards: [
    { id: "chat", kind: "touchpoint", stageId: "ask", laneId: "tp", title: "Live chat", ownerTeamId: "care", metrics: [{ kind: "CSAT", value: 90, seriesId: "csat" }] },
    { id: "faq", kind: "touchpoint", stageId: "solve", laneId: "tp", title: "Help centre", ownerTeamId: "web", metrics: [{ kind: "NPS", value: 40, target: 30 }] },
  ],
};
