/** setupFilesAfterEnv for the jsdom project: jest-dom matchers and a no-op ResizeObserver (Fluent MessageBar needs it). */
import "@testing-library/jest-dom";

class NoopResizeObserver implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof globalThis.ResizeObserver === "undefined") {
  globalThis.ResizeObserver = NoopResizeObserver;
}
