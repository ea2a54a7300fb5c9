/**
 * The rules of the golden baseline, as pure functions (the command in scripts/golden.ts reads
 * and writes the files): what the check reports, when an update is refused, and the CHANGELOG
 * entry an update adds.
 *
 * The rule: results may change only together with `MODEL_VERSION`. So the check fails when the
 * hashes moved while the version did not, and the update refuses to rewrite the file unless the
 * version was bumped above the file's, and records why in CHANGELOG.md.
 */
import { changedRuns, describeChanges, type GoldenFile } from './canonical';

export const UPDATE_COMMAND = 'npm run golden -- --update --reason "…"';
const VERSION_FILE = 'models/simulation.ts';

export class GoldenRefusal extends Error {
  override name = 'GoldenRefusal';
}

/** Compare two versions `major.minor.patch` numerically: negative, zero or positive. */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(v);
    if (!m) throw new GoldenRefusal(`"${v}" is not a model version of the form major.minor.patch`);
    return m.slice(1).map(Number);
  };
  const [x, y] = [parse(a), parse(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

/**
 * What is wrong with the golden file on disk, given what the model gives now; empty when all is
 * well. Each problem says what to do.
 */
export function goldenProblems(onDisk: GoldenFile | null, now: GoldenFile): string[] {
  if (!onDisk) return [`tests/golden/golden.json is missing: run \`${UPDATE_COMMAND}\` to record it.`];
  const changed = changedRuns(onDisk, now);
  if (onDisk.modelVersion === now.modelVersion) {
    if (changed.length === 0) return [];
    return [
      `Model results changed while MODEL_VERSION stayed ${now.modelVersion}: bump MODEL_VERSION in ${VERSION_FILE} and run \`${UPDATE_COMMAND}\` (the reason goes into CHANGELOG.md).`,
      ...describeChanges(onDisk, now).map((line) => `  ${line}`),
    ];
  }
  return [
    `MODEL_VERSION is ${now.modelVersion} but tests/golden/golden.json records ${onDisk.modelVersion}: run \`${UPDATE_COMMAND}\` to record the new version's results and why they changed.`,
  ];
}

export interface UpdateRequest {
  readonly onDisk: GoldenFile | null;
  readonly now: GoldenFile;
  readonly reason: string | undefined;
  /** The date of the entry, YYYY-MM-DD (the day the command is run). */
  readonly date: string;
  /** CHANGELOG.md as it is, or null if there is none yet. */
  readonly changelog: string | null;
}

export interface UpdateResult {
  readonly golden: GoldenFile;
  /** The new CHANGELOG.md, or null when it is left as it is (first recording of the file). */
  readonly changelog: string | null;
  readonly message: string;
}

export const CHANGELOG_HEAD = `# Changelog

Every change to the model's results comes with a new \`MODEL_VERSION\` (in \`${VERSION_FILE}\`) and an
entry here saying why. Entries are written by \`${UPDATE_COMMAND}\`, which also
rewrites the golden baseline (\`tests/golden/golden.json\`); the date is the day the command was run.
Links carry the model version, and the explorer says so when a link was made with another version.
`;

/** Refuses (throws GoldenRefusal) unless the request is allowed; otherwise the files to write. */
export function planUpdate(req: UpdateRequest): UpdateResult {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(req.date)) throw new GoldenRefusal(`--date ${JSON.stringify(req.date)}: expected YYYY-MM-DD`);
  if (!req.onDisk) {
    return { golden: req.now, changelog: null, message: `Recorded tests/golden/golden.json for model version ${req.now.modelVersion} (${req.now.runs.length} runs).` };
  }
  const reason = req.reason?.trim() ?? '';
  if (reason === '') throw new GoldenRefusal('--reason is required: say in a sentence why the results changed (it goes into CHANGELOG.md).');
  if (compareVersions(req.now.modelVersion, req.onDisk.modelVersion) <= 0) {
    const changed = changedRuns(req.onDisk, req.now);
    throw new GoldenRefusal(
      `MODEL_VERSION is ${req.now.modelVersion} and the golden file records ${req.onDisk.modelVersion}: bump MODEL_VERSION in ${VERSION_FILE} above ${req.onDisk.modelVersion} first. ` +
        (changed.length ? `Results changed in ${changed.length} of ${req.now.runs.length} canonical runs.` : 'The results have not changed, so there is nothing to record.'),
    );
  }
  const changed = describeChanges(req.onDisk, req.now);
  const entry = [`## ${req.now.modelVersion} — ${req.date}`, '', reason, '', changed.length ? `Canonical runs changed (from ${req.onDisk.modelVersion}):` : `No canonical run changed (from ${req.onDisk.modelVersion}).`, ...changed.map((l) => `- ${l}`), ''].join('\n');
  return {
    golden: req.now,
    changelog: withEntry(req.changelog, entry),
    message: `Recorded model version ${req.now.modelVersion} in tests/golden/golden.json (${changed.length} of ${req.now.runs.length} runs changed) and in CHANGELOG.md.`,
  };
}

/** The changelog with a new entry above the older ones (newest first). */
export function withEntry(changelog: string | null, entry: string): string {
  const text = changelog ?? CHANGELOG_HEAD;
  const first = text.search(/^## /m);
  if (first < 0) return `${text.trimEnd()}\n\n${entry}`;
  return `${text.slice(0, first)}${entry}\n${text.slice(first)}`;
}

/** The versions that have an entry in a changelog, newest first. */
export function changelogVersions(changelog: string): string[] {
  return [...changelog.matchAll(/^## (\d+\.\d+\.\d+) — \d{4}-\d{2}-\d{2}$/gm)].map((m) => m[1]);
}
