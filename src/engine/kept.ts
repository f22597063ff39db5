/**
 * The last reading of each reader, kept until its next. When no object of a shape the stages work
 * on is alive, a full garbage collection drops the shape and with it the compiled code of every
 * stage, which then runs at half speed until compiled again.
 */
const KEPT: Record<string, unknown> = {};

/**
 * Keeps a reader's last reading. Written through `Reflect.set`: a minifier drops an object that is
 * only ever written to, and the engine as built for the extension had lost its kept reading.
 */
export function keepReading(reader: 'english' | 'pack', reading: unknown): void {
  Reflect.set(KEPT, reader, reading);
}
