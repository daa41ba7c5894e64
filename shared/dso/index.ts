/** Dynamic Shared Ownership: pure rules over a journey, the day always passed in (SPEC.md D1-D13). */
export * from "./days";
export * from "./rotation";
export * from "./holders";
export * from "./coverage";
export * from "./reviews";
export * from "./okr";
export * from "./backlog";
export * from "./kpi";
export * from "./emotion";
export * from "./mapOrder";
