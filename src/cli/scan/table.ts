import type { Attribution } from '../../engine';
import { groupBySource, type SourceGroup } from './group-by-source';

/** Cues longer than this are cut, so one odd cue cannot push every claim off the screen. */
const LONGEST_CUE = 24;

/** One input's attributions as a reader scans them: who the text rests on, and for what. */
export function formatTable(
  file: string,
  attributions: readonly Attribution[],
  width = 100,
  article = true,
): string {
  const groups = groupBySource(attributions);
  const named = groups.filter((group) => group.name !== null).length;
  const title = `${file}: ${count(attributions.length, 'claim')}, ${count(named, 'source')}`;
  if (!article) return `${title}\n  no article text found\n`;
  if (groups.length === 0) return `${title}\n  no attributions found\n`;
  const cueColumn = Math.min(LONGEST_CUE, longestCue(attributions)) + 2;
  return `${title}\n${groups.map((group) => formatGroup(group, cueColumn, width)).join('')}`;
}

/** A loop, not `Math.max(...lengths)`: a corpus in one file has more claims than a call takes arguments. */
function longestCue(attributions: readonly Attribution[]): number {
  let longest = 0;
  for (const { cue } of attributions) longest = Math.max(longest, cue.text.length);
  return longest;
}

function formatGroup(group: SourceGroup, cueColumn: number, width: number): string {
  const heading =
    group.name === null
      ? `No source · ${count(group.attributions.length, 'claim')}`
      : `${group.resolved ? group.name : `${group.name} (not tied to a name)`} · ${group.kinds.join(', ')} · ${count(group.attributions.length, 'claim')}`;
  const lines = group.attributions.map((attribution) => {
    const cue = truncate(attribution.cue.text, cueColumn - 2).padEnd(cueColumn);
    const claim = attribution.content
      ? `“${truncate(attribution.content.text, width - cueColumn - 6)}”`
      : '(no claim text)';
    const citedBy = attribution.citedBy ? `, cited by ${attribution.citedBy}` : '';
    const belief = attribution.mode === 'belief' ? ' (belief)' : '';
    return `    ${cue}${claim}${citedBy}${belief}\n`;
  });
  return `\n  ${heading}\n${lines.join('')}`;
}

/** Whitespace collapsed, cut at a word when longer than `max` characters. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const atWord = flat.lastIndexOf(' ', max - 1);
  return `${atWord > max / 2 ? flat.slice(0, atWord) : flat.slice(0, max - 1)}…`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
