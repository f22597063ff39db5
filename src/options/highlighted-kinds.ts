import { SOURCE_KINDS } from '../engine/types';
import { element } from '../popup/dom';
import { KIND_LABEL } from '../popup/kinds';
import { t } from '../shared/i18n';
import type { Settings } from '../shared/settings-schema';
import { section } from './field';
import type { SaveChange, SettingsPart } from './settings-part';

/** Which kinds of source are highlighted in pages; the popup lists every kind whatever is chosen. */
export function highlightedKindsPart(save: SaveChange): SettingsPart {
  let kinds: Settings['kinds'] | null = null;
  const boxes = SOURCE_KINDS.map((kind) => {
    const box = element('input', { attrs: { type: 'checkbox', value: kind } });
    box.addEventListener('change', () => {
      if (kinds) void save({ kinds: { ...kinds, [kind]: box.checked } });
    });
    const label = element(
      'label',
      { className: `choice kind-${kind}` },
      box,
      element('span', { className: 'swatch kind-fill', attrs: { 'aria-hidden': 'true' } }),
      element('span', { text: t(KIND_LABEL[kind]) }),
    );
    return { kind, box, label };
  });
  return {
    element: section(
      'kinds',
      t('optionsKindsTitle'),
      t('optionsKindsText'),
      element(
        'fieldset',
        { className: 'choices' },
        element('legend', { className: 'visually-hidden', text: t('optionsKindsTitle') }),
        ...boxes.map((b) => b.label),
      ),
    ),
    update(settings) {
      kinds = settings.kinds;
      for (const { kind, box } of boxes) box.checked = settings.kinds[kind];
    },
  };
}
