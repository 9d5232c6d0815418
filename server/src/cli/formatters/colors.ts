/** ANSI colours for the text format; every function is the identity when colour is off. */
export interface Colors {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  green(text: string): string;
  /** The underline carets of a code frame. */
  marker(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export function makeColors(enabled: boolean): Colors {
  if (!enabled) {
    const same = (text: string) => text;
    return { bold: same, dim: same, red: same, yellow: same, blue: same, green: same, marker: same };
  }
  const red = wrap(31, 39);
  return { bold: wrap(1, 22), dim: wrap(2, 22), red, yellow: wrap(33, 39), blue: wrap(34, 39), green: wrap(32, 39), marker: red };
}

/**
 * Colour on a terminal unless NO_COLOR is set (https://no-color.org); FORCE_COLOR=0/1 and the
 * --color/--no-color options override, in that order of precedence: option, NO_COLOR, FORCE_COLOR, TTY.
 */
export function colorEnabled(option: boolean | undefined, stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): boolean {
  if (option !== undefined) return option;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  if (env.TERM === "dumb") return false;
  return stream.isTTY === true;
}
