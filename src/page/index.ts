/** The content script's entry: one Sourcelight per page, however often the script is injected. */
import { startSourcelight } from './page-controller';

const STARTED = Symbol.for('sourcelight.page');
const scope = globalThis as typeof globalThis & { [STARTED]?: true };

performance.mark('sourcelight-start');
if (!scope[STARTED]) {
  scope[STARTED] = true;
  startSourcelight(document);
}
