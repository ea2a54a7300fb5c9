/**
 * Discussion questions for the debrief, tied to the module's boxes (Box 15 human security, 16
 * Khartoum Process, 17 AU–Horn of Africa Initiative, 18 Rabat Process, 19 Bali Process, 20 New
 * York Declaration, 21 Global Compact for Migration, 22 Operation Sophia). They ask students to
 * connect what their session showed to the policies the module describes, not to recall facts.
 */
export interface DiscussionQuestion {
  readonly text: string;
  /** The part of the module it draws on. */
  readonly reference: string;
}

export const DISCUSSION_QUESTIONS: readonly DiscussionQuestion[] = [
  {
    text: 'Look at your session’s path on the plane. Did a move that raised the State-security index ever lower the human-security index in the same round? Who bore the cost, and did any team’s objectives reward that trade?',
    reference: 'Box 15: human security compared with national security',
  },
  {
    text: 'Which dimensions of insecurity at origin did your decisions reach, and which did none of the teams’ levers touch? What would it take, in practice, to act on the ones left out?',
    reference: 'Box 15: the seven dimensions of human security',
  },
  {
    text: 'The Khartoum Process and the AU–Horn of Africa Initiative pair cooperation against smugglers with the protection of people on the move. In your session, did cooperation and prosecution shrink the smuggling business without pushing people onto more dangerous routes?',
    reference: 'Box 16: Khartoum Process; Box 17: AU–Horn of Africa Initiative',
  },
  {
    text: 'Root-cause investment was slow to show in the figures. How should a government that answers to voters every few years weigh a policy whose benefits arrive after its term? What does the Rabat Process’s emphasis on development and regular migration suggest?',
    reference: 'Box 18: Rabat Process',
  },
  {
    text: 'Destroying boats and pulling people back lowered arrivals in many sessions, but what happened to deaths per attempt, to abuse in transit and to the people stranded there? Compare your session with what the evaluations of Operation Sophia found.',
    reference: 'Box 22: EUNAVFOR MED Operation Sophia',
  },
  {
    text: 'Did opening regular pathways reduce the demand for smugglers in your session, and how quickly? Which commitments in the Global Compact for Migration and the New York Declaration does that speak to, and which States would have to carry them?',
    reference: 'Box 20: New York Declaration; Box 21: Global Compact for Safe, Orderly and Regular Migration',
  },
  {
    text: 'The Bali Process brings origin, transit and destination States together with UN agencies. In your session, which team’s decision had the largest effect on another team’s objectives? What forum, if any, would have let those two teams agree before deciding?',
    reference: 'Box 19: Bali Process',
  },
  {
    text: 'Your predictions were sometimes far off. Where did the model surprise your team, and what does that say about designing policy for a market that adapts (fees, routes, boats) rather than for a fixed number of people?',
    reference: 'Box 15 and the module’s argument that smuggling responds to the lack of safe, regular avenues',
  },
];
