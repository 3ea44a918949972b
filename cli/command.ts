/** Where a command writes: stdout for results, stderr for progress and diagnostics. */
export interface CommandIo {
  out(line: string): void;
  err(line: string): void;
}

export type Command = (args: string[], io: CommandIo) => Promise<number>;

export interface CommandEntry {
  run: Command;
  usage: string;
  summary: string;
}
