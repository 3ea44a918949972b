import type { CommandIo } from './command.ts';

/** Prints progress to stderr at most every 500 ms (and always when the message changes). */
export function progressPrinter(io: CommandIo): (message: string, fraction?: number) => void {
  let lastAt = 0;
  let lastMessage = '';
  return (message, fraction) => {
    const now = Date.now();
    if (message === lastMessage && now - lastAt < 500 && fraction !== 1) return;
    lastAt = now;
    lastMessage = message;
    io.err(fraction === undefined ? `… ${message}` : `… ${message} ${(fraction * 100).toFixed(0).padStart(3)}%`);
  };
}
