import { element } from '../popup/dom';
import { t } from '../shared/i18n';
import { section } from './field';
import type { SaveChange, SettingsPart } from './settings-part';

/**
 * Whether pages also show beliefs, intentions and stances ("she thinks", "he wants to"): off by
 * default, since a reader comes for who said what; on, they are painted in a dotted style of
 * their own and listed as such in the popup.
 */
export function beliefsPart(save: SaveChange): SettingsPart {
  const box = element('input', { attrs: { type: 'checkbox', name: 'beliefs' } });
  box.addEventListener('change', () => void save({ beliefs: box.checked }));
  return {
    element: section(
      'beliefs',
      t('optionsBeliefsTitle'),
      t('optionsBeliefsText'),
      element(
        'fieldset',
        { className: 'choices' },
        element('legend', { className: 'visually-hidden', text: t('optionsBeliefsTitle') }),
        element(
          'label',
          { className: 'choice' },
          box,
          element('span', { text: t('optionsBeliefsLabel') }),
        ),
      ),
    ),
    update(settings) {
      box.checked = settings.beliefs;
    },
  };
}
