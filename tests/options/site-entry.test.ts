import { describe, expect, it } from 'vitest';
import { siteEntry } from '../../src/options/site-entry';

describe('siteEntry', () => {
  it('takes the host from a name or a whole address', () => {
    expect(siteEntry('www.bbc.co.uk', [])).toEqual({ host: 'www.bbc.co.uk' });
    expect(siteEntry('  https://WWW.BBC.co.uk/news/world-123?x=1 ', [])).toEqual({
      host: 'www.bbc.co.uk',
    });
    expect(siteEntry('http://localhost:8080/a', [])).toEqual({ host: 'localhost' });
    expect(siteEntry('lanación.com.ar', [])).toEqual({ host: 'xn--lanacin-q0a.com.ar' });
  });

  it('refuses what is not a web site, saying why', () => {
    expect(siteEntry('   ', [])).toEqual({ problem: 'empty' });
    expect(siteEntry('not a site', [])).toEqual({ problem: 'invalid' });
    expect(siteEntry('bbc', [])).toEqual({ problem: 'invalid' });
    expect(siteEntry('ftp://files.example.com', [])).toEqual({ problem: 'invalid' });
    expect(siteEntry('javascript:alert(1)', [])).toEqual({ problem: 'invalid' });
  });

  it('refuses a site already listed', () => {
    expect(siteEntry('https://www.bbc.co.uk/', ['www.bbc.co.uk'])).toEqual({
      problem: 'duplicate',
    });
  });
});
