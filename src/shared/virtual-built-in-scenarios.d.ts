/** The built-in scenarios as the decoder returned them at build time (scripts/vite-built-in-scenarios.ts). */
declare module 'virtual:built-in-scenarios' {
  const scenarios: readonly import('../../scenarios/format').Scenario[];
  export default scenarios;
}

/** The built-in scenarios' texts by scenario id, apart from the scenarios (src/shared/scenario-texts.ts). */
declare module 'virtual:built-in-scenario-texts' {
  const texts: Readonly<Record<string, import('./scenario-texts').ScenarioTexts>>;
  export default texts;
}
