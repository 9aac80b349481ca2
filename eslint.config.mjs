// ESLint flat config used by `office-addin-lint check` (it picks up ./eslint.config.mjs) for src/**.
// Base: eslint-plugin-office-addins' React preset. Its TypeScript block only matches .ts/.js files, so it is widened
// to .tsx/.jsx here, and every office-addins rule is raised to "error" (addin-conventions §6.6), and so is
// prettier/prettier (format with `npx prettier --write` or `npx office-addin-lint prettier`; .prettierrc.json).
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

const ALL_SOURCES = ["**/*.{js,mjs,cjs,jsx,ts,cts,mts,tsx}"];
const TS_SOURCES = ["**/*.{ts,cts,mts,tsx}"];

const base = officeAddins.configs.react.map((block) =>
  Array.isArray(block.files) && block.files.includes("**/*.{js,mjs,cjs,ts,cts,mts}")
    ? { ...block, files: ALL_SOURCES }
    : block,
);

const officeAddinsErrors = Object.fromEntries(
  Object.keys(officeAddins.rules).map((id) => [`office-addins/${id}`, "error"]),
);

export default [
  { ignores: ["dist/**", "dist-cli/**", "coverage/**", "node_modules/**"] },
  ...base,
  {
    files: ALL_SOURCES,
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      ...officeAddinsErrors,
      // React 17+ automatic JSX runtime (tsconfig "jsx": "react-jsx").
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
      "prettier/prettier": ["error", { endOfLine: "auto" }],
    },
  },
  {
    // TypeScript itself checks identifiers and prop types (tsc --noEmit runs in `npm run lint`).
    files: TS_SOURCES,
    rules: {
      "no-undef": "off",
      "react/prop-types": "off",
    },
  },
];
