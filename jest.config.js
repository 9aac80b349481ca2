/** Jest projects per addin-conventions §9: pure/adapter tests in node, UI tests in jsdom. */
const transform = { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json" }] };

module.exports = {
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      transform,
      testMatch: [
        "<rootDir>/tests/unit/**/*.test.ts",
        "<rootDir>/tests/engine/**/*.test.ts",
        "<rootDir>/tests/rules/**/*.test.ts",
        "<rootDir>/tests/adapter/**/*.test.ts",
        "<rootDir>/tests/cli/**/*.test.ts",
        "<rootDir>/tests/narrative/**/*.test.ts",
      ],
      moduleNameMapper: {
        "^office-addin-manifest$": "<rootDir>/tests/support/stubs/office-addin-manifest.js",
      },
    },
    {
      displayName: "jsdom",
      testEnvironment: "jsdom",
      transform,
      testMatch: ["<rootDir>/tests/ui/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/tests/support/setup-jsdom.ts"],
    },
  ],
};
