import { attributeLabels } from '../../survey-format/organisation/organisation.ts';

/**
 * How a batch's attributes read in the workspace: `directie = Stadsdeel Noord, team = Wonen`, a
 * directorate or scale band by its label from the organisation list, other attributes as given;
 * empty without attributes.
 */
export function batchLabel(attributes: Record<string, string>, lang: 'nl' | 'en'): string {
  return Object.entries(attributes).map(([name, value]) => `${name} = ${attributeLabels(name, lang)[value] ?? value}`).join(', ');
}
