import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveZimAddress, zimPageOptions } from './zim-links';

const modern = { path: 'A/Booz_Allen.html', contentNamespace: 'C' as const };
const legacy = { path: 'Booz_Allen.html', contentNamespace: 'A' as const };

describe('resolveZimAddress', () => {
  it('resolves addresses relative to the page, inside C for newer files', () => {
    expect(resolveZimAddress(modern, 'Kivu.html')).toBe('C/A/Kivu.html');
    expect(resolveZimAddress(modern, '../I/dot.png')).toBe('C/I/dot.png');
    expect(resolveZimAddress(modern, './Caf%C3%A9.html#History')).toBe('C/A/Café.html');
    expect(resolveZimAddress(modern, '/index.html?x=1')).toBe('C/index.html');
  });

  it('resolves them across namespaces for older files', () => {
    expect(resolveZimAddress(legacy, 'Kivu.html')).toBe('A/Kivu.html');
    expect(resolveZimAddress(legacy, '../I/dot.png')).toBe('I/dot.png');
    expect(resolveZimAddress(legacy, '../-/favicon')).toBe('-/favicon');
  });

  it('leads nowhere for anchors, other schemes, escapes above the root and bad escapes', () => {
    for (const href of ['#top', '', 'https://x.org/a', '//x.org/a', 'javascript:alert(1)', 'data:,x'])
      expect(resolveZimAddress(modern, href)).toBeNull();
    expect(resolveZimAddress(modern, '../../etc/passwd')).toBeNull();
    expect(resolveZimAddress(modern, '%E0%A4%A.html')).toBeNull();
    // Found by the property below: an escaped slash alone, or escaped dots, make no segment of their own.
    for (const href of ['%2F', 'x%2F', '%2E%2E', '.%2E/x'])
      expect(resolveZimAddress(modern, href)).toBeNull();
    expect(resolveZimAddress(modern, 'AC%2FDC.html')).toBe('C/A/AC/DC.html');
  });

  it('never gives an address with an empty, dot or dot-dot segment, whatever the href', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '/', '.', '%', '2', 'F', 'E', '#', '?', ':') }),
        (href) => {
          const address = resolveZimAddress(modern, href);
          if (address !== null) {
            expect(address.startsWith('C/')).toBe(true);
            for (const segment of address.split('/')) expect(['', '.', '..']).not.toContain(segment);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('zimPageOptions', () => {
  it('links pages of the file by their content path and keeps web and mail addresses as text', () => {
    const { link } = zimPageOptions(modern);
    expect(link!('Kivu.html#x')).toEqual({ page: 'A/Kivu.html' });
    expect(link!(' https://example.org/report ')).toEqual({ url: 'https://example.org/report' });
    expect(link!('mailto:desk@example.org')).toEqual({ url: 'mailto:desk@example.org' });
    expect(link!('javascript:alert(1)')).toBeNull();
    expect(link!('#cite_note-1')).toBeNull();
    expect(zimPageOptions(legacy).link!('../I/dot.png')).toBeNull();
    expect(zimPageOptions(legacy).link!('Kivu.html')).toEqual({ page: 'Kivu.html' });
  });

  it('shows images by their full address in the file', () => {
    expect(zimPageOptions(modern).image!('../I/dot.png')).toBe('C/I/dot.png');
    expect(zimPageOptions(legacy).image!('../I/dot.png')).toBe('I/dot.png');
    expect(zimPageOptions(modern).image!('https://upload.example.org/x.png')).toBeNull();
  });
});
