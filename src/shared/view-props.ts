/**
 * What the app's shell gives each view: the part of the address after the view's own name
 * (#/seminar/team/ngo?s=… → "team/ngo?s=…"). The shell owns the routing; a view only reads its
 * own part, so no view depends on the shell.
 */
export interface ViewProps {
  readonly rest: string;
}
