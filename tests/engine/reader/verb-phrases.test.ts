import { describe, expect, it } from 'vitest';
import { cueSourceClaim } from '../helpers';

describe('reporting verbs of more than one word', () => {
  it('are read in Spanish as the press writes them', () => {
    expect(cueSourceClaim('LA NACION pudo saber que el ministro renunciará.', 'es')).toEqual([
      ['pudo saber', 'LA NACION', 'el ministro renunciará'],
    ]);
    expect(cueSourceClaim('El ministro dejó en claro que no habrá cambios.', 'es')).toEqual([
      ['dejó en claro', 'El ministro', 'no habrá cambios'],
    ]);
    expect(cueSourceClaim('El presidente hizo hincapié en que la economía crece.', 'es')).toEqual([
      ['hizo hincapié en', 'El presidente', 'la economía crece'],
    ]);
    expect(cueSourceClaim('El vocero salió a desmentir que haya despidos.', 'es')).toEqual([
      ['salió a desmentir', 'El vocero', 'haya despidos'],
    ]);
  });

  it('are read in French in the perfect', () => {
    expect(
      cueSourceClaim('Le ministre a tenu à rappeler que la réforme était nécessaire.', 'fr'),
    ).toEqual([['a tenu à rappeler', 'Le ministre', 'la réforme était nécessaire']]);
  });

  it('leave what someone can know, with no one reporting it, alone', () => {
    // Near miss: "puede saber" is no report.
    expect(cueSourceClaim('Nadie puede saber qué pasará mañana.', 'es')).toEqual([]);
  });
});
