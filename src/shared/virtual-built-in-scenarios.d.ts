/** The built-in scenarios as the decoder returned them at build time (scripts/vite-built-in-scenarios.ts). */
declare module 'virtual:built-in-scenarios' {
  const scenarios: readonly import('../../scenarios/format').Scenario[];
  export default scenarios;
}
