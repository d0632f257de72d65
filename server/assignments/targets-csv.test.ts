import { describe, expect, it } from 'vitest';
import { Problem } from '../errors.ts';
import { parseTargetsCsv } from './targets-csv.ts';

describe('parseTargetsCsv', () => {
  it('reads a header and lines, with quotes, CRLF, a byte order mark and ja/nee', () => {
    const text = '\uFEFFReference,Directorate,Kind,Paired\r\nV-1,sociaal,vacature_extern,ja\r\n"SP, Noord ""oost""",dienstverlening,servicepunt,nee\r\n\r\n';
    expect(parseTargetsCsv(text)).toEqual([
      { reference: 'V-1', directorate: 'sociaal', kind: 'vacature_extern', paired: true },
      { reference: 'SP, Noord "oost"', directorate: 'dienstverlening', kind: 'servicepunt', paired: false },
    ]);
  });

  it('leaves an unknown paired value and extra cells for the schema to refuse', () => {
    expect(parseTargetsCsv('reference,directorate,kind,paired\nV-1,sociaal,servicepunt,misschien,x,y')).toEqual([
      { reference: 'V-1', directorate: 'sociaal', kind: 'servicepunt', paired: 'misschien', extra: 'x,y' },
    ]);
  });

  it('refuses a file without the header, naming the targets', () => {
    expect(() => parseTargetsCsv('V-1,sociaal,servicepunt,nee\n')).toThrow(Problem);
    const thrown = (() => {
      try {
        parseTargetsCsv('');
      } catch (e) {
        return e as Problem;
      }
    })();
    expect(thrown?.fields).toEqual([
      { field: 'targets', code: 'targets-header', params: { columns: 'reference,directorate,kind,paired' }, message: 'header must be reference,directorate,kind,paired' },
    ]);
  });
});
