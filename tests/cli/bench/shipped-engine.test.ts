import { describe, expect, it } from 'vitest';
import { shippedExtract } from '../../../src/cli/bench/shipped-engine';
import { extract } from '../../../src/engine';

describe('shippedExtract', () => {
  it('times the engine as built, which reads a text as the source does', {
    timeout: 120_000,
  }, async () => {
    const shipped = await shippedExtract();
    expect(shipped).not.toBe(extract);
    const text =
      'The port will reopen on Monday, the harbour master, Ana Ruiz, told reporters. « Nous ne lâcherons rien », a martelé la secrétaire générale de la CGT.';
    const found = shipped(text);
    expect(found.map((a) => a.name)).toEqual(['Ana Ruiz']);
    expect(found).toEqual(extract(text));
    expect(shipped('Selon l’Insee, le chômage a reculé.', { language: 'fr' })[0]?.name).toBe(
      'Insee',
    );
  });
});
