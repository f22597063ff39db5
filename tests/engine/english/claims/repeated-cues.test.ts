import { describe, expect, it } from 'vitest';
import { byCue, read } from '../../helpers';

describe('one attribution, not two', () => {
  it('drops a tag that repeats the speaker of the report it closes', () => {
    const found = read(
      'The harbour master said the pier was safe, and she added that fees would rise, she said.',
    );
    expect(found.map((a) => a.cue.text)).toEqual(['said', 'added']);
    expect(byCue(found, 'added').content?.text).toBe('that fees would rise');
  });

  it('keeps a tag by another source over a report it relays', () => {
    const found = read('Officials said the pier was safe, the Gazette reported.');
    expect(found.map((a) => a.cue.text)).toEqual(['said', 'reported']);
  });

  it('drops a participle that describes the speaker of the same act', () => {
    const found = read('Lena Ortiz, writing in the Gazette, wrote that the port was failing.');
    expect(found.map((a) => a.cue.text)).toEqual(['wrote']);
  });

  it('keeps a participle with a claim of its own beside another act', () => {
    const found = read('Tan, saying he was tired, told reporters he would quit.');
    expect(found.map((a) => a.cue.text)).toEqual(['saying', 'told']);
  });
});
