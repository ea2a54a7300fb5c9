/** The lecture view (placeholder until it is built). */
export default function LectureView() {
  return (
    <section className="view-placeholder" aria-labelledby="lecture-title">
      <h2 id="lecture-title">Lecture</h2>
      <p>This view is being built.</p>
    </section>
  );
}
