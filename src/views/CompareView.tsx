/** The compare view (placeholder until it is built). */
export default function CompareView() {
  return (
    <section className="view-placeholder" aria-labelledby="compare-title">
      <h2 id="compare-title">Compare</h2>
      <p>This view is being built.</p>
    </section>
  );
}
