/** The seminar view (placeholder until it is built). */
export default function SeminarView() {
  return (
    <section className="view-placeholder" aria-labelledby="seminar-title">
      <h2 id="seminar-title">Seminar</h2>
      <p>This view is being built.</p>
    </section>
  );
}
