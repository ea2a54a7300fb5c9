/**
 * The shape of a declared parameter. Every number the model uses from outside its own code is
 * declared exactly once with this shape; the command line, the interface's sliders, input
 * validation and the ODD parameter table are all generated from these declarations.
 */
export interface ParamSpec<K extends string = string> {
  /** Stable key used in URLs, scenario files and the command line. */
  readonly key: K;
  /** Short human label (the accessible name of the slider). */
  readonly label: string;
  /** Unit of the value, e.g. "share 0–1", "USD", "months". */
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly defaultValue: number;
  /** Group used to lay out the lever panel and the documentation. */
  readonly group: string;
  /** One or two sentences: what moving this value does inside the model. */
  readonly doc: string;
  /** Where the value or its direction of effect comes from (publications are listed in docs/EVIDENCE.md), or why it is an assumption. */
  readonly source: string;
}

/** A plain record of parameter values keyed by parameter key. */
export type ParamValues = Record<string, number>;
