/** The part of a stream the progress bar needs: stderr, or a stand-in in tests. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): boolean;
}

/** A one-line bar that is drawn, cleared before other output, and drawn again. */
export interface Progress {
  show(done: number, current: string): void;
  clear(): void;
}

const BAR = 24;
const CLEAR_LINE = '\r\x1b[K';

/** A bar on a terminal when there are several inputs; nothing on a pipe or a file. */
export function progressOn(stream: ProgressStream, total: number): Progress {
  if (!stream.isTTY || total < 2) return { show() {}, clear() {} };
  let drawn = false;
  return {
    show(done, current) {
      const filled = Math.round((BAR * done) / total);
      const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${done}/${total} `;
      // A terminal that does not say its width (0) is taken to be 80 columns wide.
      const room = (stream.columns || 80) - bar.length - 1;
      const name =
        current.length <= room
          ? current
          : room > 1
            ? `…${current.slice(current.length - room + 1)}`
            : '';
      stream.write(`${CLEAR_LINE}${bar}${name}`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write(CLEAR_LINE);
      drawn = false;
    },
  };
}
