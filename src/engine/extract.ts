import type { Attribution } from './types';
// Placeholder until the engine engineer's first commit.
export function extract(_text: string): Attribution[] {
  return [];
}
