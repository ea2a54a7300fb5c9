/** One part of a split interface catalogue (scripts/vite-catalogue-parts.ts). */
declare module 'virtual:catalogue/*' {
  const catalogue: Record<string, unknown>;
  export default catalogue;
}
