/**
 * The look of every highlight: per source kind a colour and an underline that differs without
 * colour too; a palette for light pages and one for dark pages; system colours in forced-colours
 * mode, where claims are not painted (see HighlightPainter.show).
 */
import { type AttributionMode, SOURCE_KINDS, type SourceKind } from '../engine/types';

export type Part = 'cue' | 'source' | 'claim';
export type Palette = 'light' | 'dark';

/**
 * Every highlight name starts with "sourcelight" so that pages and tests can tell ours apart. A
 * belief's cue and claim have names of their own, for a style of their own; who holds the belief
 * is a source like any other.
 */
export const highlightName = (part: Part, kind: SourceKind, mode: AttributionMode = 'report') =>
  mode === 'belief' && part !== 'source'
    ? `sourcelight-${part}-${kind}-belief`
    : `sourcelight-${part}-${kind}`;

/** Every highlight the painter registers: each part of each kind, and a belief's cue and claim. */
export const HIGHLIGHTS: readonly { name: string; part: Part; kind: SourceKind }[] =
  SOURCE_KINDS.flatMap((kind) => [
    ...(['cue', 'source', 'claim'] as const).map((part) => ({
      name: highlightName(part, kind),
      part,
      kind,
    })),
    ...(['cue', 'claim'] as const).map((part) => ({
      name: highlightName(part, kind, 'belief'),
      part,
      kind,
    })),
  ]);
export const FOCUS_HIGHLIGHT = 'sourcelight-focus';

/** Colours read on white (light) and on near-black (dark) text backgrounds alike. */
export const COLOURS: Record<SourceKind, Record<Palette, string>> = {
  person: { light: '21 101 192', dark: '100 181 246' },
  organization: { light: '46 125 50', dark: '129 199 132' },
  media: { light: '123 31 162', dark: '206 147 216' },
  document: { light: '191 54 12', dark: '255 171 64' },
  unnamed: { light: '194 24 91', dark: '244 143 177' },
  none: { light: '97 97 97', dark: '224 224 224' },
};

/** The second signal: each kind's underline differs in style or weight, never only in colour. */
export const UNDERLINES: Record<SourceKind, string> = {
  person: 'solid 2px',
  organization: 'double 3px',
  media: 'dashed 2px',
  document: 'dotted 3px',
  unnamed: 'wavy 1.5px',
  none: 'wavy 1.5px',
};

function rulesFor(kind: SourceKind, palette: Palette): string {
  const colour = COLOURS[kind][palette];
  const cueAlpha = palette === 'light' ? 0.28 : 0.38;
  const claimAlpha = palette === 'light' ? 0.1 : 0.16;
  // A claim with no named source carries its underline on the cue: there is no source to underline.
  const cueLine =
    kind === 'none' ? `text-decoration: underline ${UNDERLINES.none} rgb(${colour});` : '';
  return `
::highlight(${highlightName('cue', kind)}) { background-color: rgb(${colour} / ${cueAlpha}); ${cueLine} }
::highlight(${highlightName('source', kind)}) { text-decoration: underline ${UNDERLINES[kind]} rgb(${colour}); }
::highlight(${highlightName('claim', kind)}) { background-color: rgb(${colour} / ${claimAlpha}); }
::highlight(${highlightName('cue', kind, 'belief')}) { background-color: rgb(${colour} / ${claimAlpha}); text-decoration: underline ${BELIEF_LINE} rgb(${colour}); }
::highlight(${highlightName('claim', kind, 'belief')}) { text-decoration: underline dotted 1px rgb(${colour}); }`;
}

/** What sets a belief apart from reported words: a dotted line, and the cue's fill kept faint. */
const BELIEF_LINE = 'dotted 2px';

const FORCED_COLOURS = `
@media (forced-colors: active) {
${SOURCE_KINDS.map(
  (kind) => `
  ::highlight(${highlightName('cue', kind)}) { background-color: Mark; color: MarkText; text-decoration: underline ${UNDERLINES[kind]} MarkText; }
  ::highlight(${highlightName('source', kind)}) { text-decoration: underline ${UNDERLINES[kind]} LinkText; }
  ::highlight(${highlightName('cue', kind, 'belief')}) { color: MarkText; text-decoration: underline ${BELIEF_LINE} MarkText; }`,
).join('')}
  ::highlight(${FOCUS_HIGHLIGHT}) { background-color: Highlight; color: HighlightText; }
}`;

export function highlightStyles(palette: Palette): string {
  const focus = palette === 'light' ? '255 193 7' : '255 214 0';
  return `${SOURCE_KINDS.map((kind) => rulesFor(kind, palette)).join('')}
::highlight(${FOCUS_HIGHLIGHT}) { background-color: rgb(${focus} / 0.6); text-decoration: underline solid 3px rgb(${focus}); }
${FORCED_COLOURS}`;
}

/** Dark page: its article text is light. Read from one element's computed colour. */
export function paletteFor(element: Element | null): Palette {
  const view = element?.ownerDocument.defaultView;
  if (!element || !view) return 'light';
  const channels =
    view
      .getComputedStyle(element)
      .color.match(/[\d.]+/g)
      ?.map(Number) ?? [];
  const [red = 0, green = 0, blue = 0] = channels;
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue > 140 ? 'dark' : 'light';
}
