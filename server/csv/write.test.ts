import { describe, expect, it } from 'vitest';
import { parseCsv } from './records.ts';
import { csvText } from './write.ts';

describe('csvText', () => {
  const rows = [['naam', 'gemiddelde', 'toelichting'], ['Sociaal', 3.25, 'ja; "echt", nee'], ['Wonen', 4, 'twee\r\nregels']];

  it('writes RFC 4180: commas, a decimal point, CRLF, no byte order mark', () => {
    const text = csvText(rows, 'rfc4180');
    expect(text).toBe('naam,gemiddelde,toelichting\r\nSociaal,3.25,"ja; ""echt"", nee"\r\nWonen,4,"twee\r\nregels"\r\n');
    expect(parseCsv(text)).toEqual(rows.map((r) => r.map(String)));
  });

  it('writes Dutch Excel: semicolons, a decimal comma, CRLF, UTF-8 with a byte order mark', () => {
    const text = csvText(rows, 'excel-nl');
    expect(text).toBe('\uFEFFnaam;gemiddelde;toelichting\r\nSociaal;3,25;"ja; ""echt"", nee"\r\nWonen;4;"twee\r\nregels"\r\n');
    expect(parseCsv(text.slice(1), ';')).toEqual([['naam', 'gemiddelde', 'toelichting'], ['Sociaal', '3,25', 'ja; "echt", nee'], ['Wonen', '4', 'twee\r\nregels']]);
  });
});
