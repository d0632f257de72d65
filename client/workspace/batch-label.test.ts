import { describe, expect, it } from 'vitest';
import { batchLabel } from './batch-label.ts';

describe('batchLabel', () => {
  it('names a directorate and a scale band by their labels, other attributes as given', () => {
    expect(batchLabel({ directie: 'noord', schaalgroep: '12_plus', team: 'Wonen' }, 'nl')).toBe('directie = Stadsdeel Noord, schaalgroep = Schaal 12 of hoger, team = Wonen');
    expect(batchLabel({ directie: 'noord' }, 'en')).toBe('directie = Noord district');
    // A batch from before the list keeps its free text.
    expect(batchLabel({ directie: 'Sociaal' }, 'nl')).toBe('directie = Sociaal');
    expect(batchLabel({}, 'nl')).toBe('');
  });
});
