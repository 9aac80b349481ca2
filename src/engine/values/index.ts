export * from "./text";
export * from "./amount";
export * from "./percent";
export * from "./count";
export * from "./code";
export * from "./unit";
