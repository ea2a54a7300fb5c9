/**
 * The facilitator guide: how to run a 60–90 minute session, as a printable page. The timings
 * assume four rounds; with fewer rounds, give the time to the debrief.
 */
const PLAN: readonly { minutes: string; title: string; points: readonly string[] }[] = [
  {
    minutes: 'Before class',
    title: 'Set up',
    points: [
      'Choose the scenario the session starts from. “Baseline” is the usual choice; a module response (the Khartoum or Rabat Process, Operation Sophia) makes a good second session.',
      'Keep 4 rounds of 2 years and 50,000 agents unless you have a reason: each reveal then takes well under a second.',
      'Keep, rename or drop roles to fit the number of groups (three to six teams of two to five students work best). Print the role cards.',
      'Save a session file so you can start again from the same set-up.',
    ],
  },
  {
    minutes: '0–10 min',
    title: 'Brief the room',
    points: [
      'Hand out the role cards. Say what the model is: a teaching model of people deciding whether and how to leave, and of a smuggling market that adapts. Its figures show mechanisms, not forecasts.',
      'Show the plane: up is safer for people, right is what a State-centred view counts as secure. Ask where the teams think the world starts.',
      'Explain the budget (the total a team may move its levers in one round) and that objectives are judged against business as usual.',
    ],
  },
  {
    minutes: '10–60 min',
    title: 'Rounds (10–12 minutes each)',
    points: [
      'Inject an event, if any, before teams decide: it shifts the levers they start from. A drought or conflict in round 2 or 3 tests whether policies hold up.',
      'Give teams 5–6 minutes to negotiate and decide. Teams enter decisions on your screen, or on their own device from the team link and read out or message their code.',
      'Every team predicts one figure before the reveal. Insist on a number: the gap between prediction and outcome is where learning happens.',
      'Reveal. Give 3–4 minutes to the reveal screen before starting the next round.',
    ],
  },
  {
    minutes: 'At each reveal',
    title: 'What to ask',
    points: [
      'Which figure surprised you? Whose prediction was closest, and what did they see that others did not?',
      'Who met their objectives this round, and who paid for it? Point to the path on the plane.',
      'Did anyone talk to another team before deciding? What would a joint decision have changed?',
      'After a pull-back or boat-destruction move: what happened to deaths per attempt and to abuse in transit, not only to arrivals?',
    ],
  },
  {
    minutes: '60–90 min',
    title: 'Debrief',
    points: [
      'Open the debrief. Walk the path on the plane from R1 to the last round, then the decisions with the largest effects (worked out by re-running the session without each decision).',
      'Take two or three of the discussion questions; each is tied to a box of the module (human security, the regional processes, the New York Declaration and Global Compact, Operation Sophia).',
      'Close on the module’s argument: measures that protect the State’s border can leave people less secure, and safe, regular avenues change what smugglers can sell.',
      'Print the debrief or download it (HTML or Markdown) for the learning platform; save the session file if you want to replay it.',
    ],
  },
];

export function FacilitatorGuide() {
  return (
    <section className="guide" aria-labelledby="guide-title">
      <div className="print-head">
        <h2 id="guide-title">Facilitator guide: a 60–90 minute session</h2>
        <button type="button" className="primary-button no-print" onClick={() => window.print()}>
          Print the guide
        </button>
      </div>
      <p className="guide-intro">
        Teams play the States and agencies the module discusses. Each round is a few simulated years; the model advances from where it stood, so
        decisions pile up. Everything is saved in this browser after every step: a reload loses nothing.
      </p>
      {PLAN.map((step, i) => (
        <section key={step.title} className="guide-step" aria-labelledby={`guide-${i}`}>
          <h3 id={`guide-${i}`}>
            <span className="guide-time">{step.minutes}</span> {step.title}
          </h3>
          <ul>
            {step.points.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </section>
      ))}
      <p className="small">
        If the room has no network, everything still works: the model runs in this browser, and teams can enter their decisions on your screen (or show you their code to type in).
      </p>
    </section>
  );
}
