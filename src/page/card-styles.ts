/** The card's own styles, inside its closed shadow root: nothing of the page reaches in, nothing leaks out. */
import { SOURCE_KINDS, type SourceKind } from '../engine/types';
import { COLOURS, UNDERLINES } from './highlight-styles';

/** A kind's swatch repeats its highlight: the colour and the underline style (wavy shows as dotted). */
const swatch = (kind: SourceKind) =>
  `.swatch-${kind} { border-bottom: ${UNDERLINES[kind].replace('wavy', 'dotted')} rgb(${COLOURS[kind].light}); }\n.dark .swatch-${kind} { border-bottom-color: rgb(${COLOURS[kind].dark}); }`;

export const CARD_STYLES = `
:host { all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important;
  width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483647 !important;
  display: block !important; contain: none !important; }
.card { all: initial; box-sizing: border-box; position: fixed; display: block; width: max-content;
  max-width: min(340px, calc(100vw - 16px)); padding: 10px 32px 10px 12px; border-radius: 8px;
  font: 14px/1.4 system-ui, sans-serif; color: #1c2434; background: #fff; border: 1px solid #c5cbd6;
  box-shadow: 0 4px 18px rgb(0 0 0 / 0.18); }
.card.dark { color: #eef1f6; background: #1f2530; border-color: #4a5366; }
.card:focus-visible { outline: 2px solid #1565c0; outline-offset: 2px; }
p, blockquote { display: block; margin: 0 0 6px; padding: 0; font: inherit; color: inherit; }
.kind { font-size: 12px; text-transform: uppercase; letter-spacing: 0.04em; opacity: 0.85; }
.name { font-weight: 600; font-size: 15px; }
.chain, .cue, .note { font-size: 13px; opacity: 0.85; }
.note { font-style: italic; }
blockquote.claim { border-left: 3px solid currentColor; padding-left: 8px; opacity: 0.95; }
.swatch { display: inline-block; width: 1.6em; height: 0.6em; margin-right: 6px; vertical-align: middle;
  border-bottom-width: 0; }
${SOURCE_KINDS.map(swatch).join('\n')}
button.close { all: initial; position: absolute; top: 4px; right: 4px; width: 24px; height: 24px;
  display: grid; place-items: center; cursor: pointer; border-radius: 4px; font: 18px/1 system-ui, sans-serif;
  color: inherit; }
button.close:hover { background: rgb(128 128 128 / 0.2); }
button.close:focus-visible { outline: 2px solid #1565c0; }
@media (forced-colors: active) {
  .card, .card.dark { color: CanvasText; background: Canvas; border-color: CanvasText; }
  button.close { color: ButtonText; }
}
`;
