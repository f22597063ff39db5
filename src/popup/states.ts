import { type MessageKey, t } from '../shared/i18n';
import { element } from './dom';

/** Every state the view can be in; `ready` is the list, each other one a message. */
export type ViewState =
  | 'loading'
  | 'scanning'
  | 'idle'
  | 'unsupported'
  | 'no-permission'
  | 'not-article'
  | 'other-language'
  | 'failed'
  | 'empty'
  | 'ready';

export interface StateAction {
  /** The button's words, already in the reader's language. */
  label: string;
  /** Runs inside the click itself: permission requests need the reader's gesture. */
  run(): void;
  primary?: boolean;
}

const WORDING: Record<Exclude<ViewState, 'ready'>, [title: MessageKey, text: MessageKey]> = {
  loading: ['stateLoadingTitle', 'stateLoadingText'],
  scanning: ['stateScanningTitle', 'stateScanningText'],
  idle: ['stateIdleTitle', 'stateIdleText'],
  unsupported: ['stateUnsupportedTitle', 'stateUnsupportedText'],
  'no-permission': ['stateNoPermissionTitle', 'stateNoPermissionText'],
  'not-article': ['stateNotArticleTitle', 'stateNotArticleText'],
  'other-language': ['stateOtherLanguageTitle', 'stateOtherLanguageText'],
  failed: ['stateFailedTitle', 'stateFailedText'],
  empty: ['stateEmptyTitle', 'stateEmptyText'],
};

/**
 * A state that is not a list: what happened, in a sentence, and what the reader can do. `text`
 * replaces the state's usual sentence when the page tells more (the language it is in, say).
 */
export function renderState(
  state: Exclude<ViewState, 'ready'>,
  actions: readonly StateAction[] = [],
  text = t(WORDING[state][1]),
): HTMLElement {
  const panel = element(
    'section',
    { className: `state state-${state}`, attrs: { 'aria-labelledby': 'state-title' } },
    element('h2', { attrs: { id: 'state-title' }, text: t(WORDING[state][0]) }),
    element('p', { text }),
  );
  if (state === 'loading' || state === 'scanning') panel.setAttribute('aria-busy', 'true');
  if (actions.length > 0) {
    const buttons = actions.map((action) => {
      const button = element('button', {
        className: action.primary ? 'button primary' : 'button',
        attrs: { type: 'button' },
        text: action.label,
      });
      button.addEventListener('click', () => action.run());
      return button;
    });
    panel.append(element('div', { className: 'state-actions' }, ...buttons));
  }
  return panel;
}
