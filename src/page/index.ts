/** The content script's entry. */
import { startSourcelight } from './page-controller';
import { startOnce } from './start-once';

performance.mark('sourcelight-start');
startOnce(globalThis, () => startSourcelight(document));
