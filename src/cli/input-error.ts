/** A reason an input cannot be scanned, worded for the one line a user sees next to the file's name. */
export class InputError extends Error {
  override name = 'InputError';
}
