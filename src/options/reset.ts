import { element } from '../popup/dom';
import { t } from '../shared/i18n';
import { section } from './field';

/** Reset to defaults, after the reader confirms in a modal dialog (it removes their sites and cues). */
export function resetPart(reset: () => void): HTMLElement {
  const confirm = element('button', {
    className: 'button primary',
    attrs: { type: 'button' },
    text: t('resetConfirm'),
  });
  const cancel = element('button', {
    className: 'button',
    attrs: { type: 'button' },
    text: t('cancel'),
  });
  const dialog = element(
    'dialog',
    { className: 'confirm', attrs: { 'aria-labelledby': 'reset-dialog-title' } },
    element('h2', { attrs: { id: 'reset-dialog-title' }, text: t('resetQuestion') }),
    element('p', { text: t('resetWarning') }),
    element('div', { className: 'dialog-actions' }, confirm, cancel),
  );
  const open = element('button', {
    className: 'button',
    attrs: { type: 'button' },
    text: t('resetButton'),
  });
  open.addEventListener('click', () => dialog.showModal());
  cancel.addEventListener('click', () => dialog.close());
  confirm.addEventListener('click', () => {
    dialog.close();
    reset();
  });
  return section('reset', t('optionsResetTitle'), t('optionsResetText'), open, dialog);
}
