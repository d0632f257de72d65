/**
 * The texts of the workspace's assignments page (mystery-guest assignments of an observation
 * wave), Dutch first; English complete. Kept apart from i18n.ts so the page's texts sit together.
 */
import type { Locale } from '../i18n.ts';

const nl = {
  assignmentsLink: (id: string) => `Opdrachten voor ${id}`,
  title: (id: string) => `Opdrachten voor ${id}`,
  notAssignmentWave: 'Deze golf werkt niet met opdrachten voor mystery guests. Maak voor een observatielijst een golf met de manier "opdrachten".',
  closed: 'Deze golf is gesloten; er kunnen geen opdrachten meer bij.',
  onceWarning:
    'De server bewaart de links niet, alleen een vingerafdruk ervan. Het CSV-bestand met de links wordt één keer gedownload. Geef elke mystery guest alleen de eigen link; Peil weet niet wie welke link heeft. Een link werkt voor alle waarnemingen van die opdracht.',
  targetsLegend: 'Doelen',
  targetsHint:
    'Eén regel per vacature of bezoek. Een gepaarde test maakt twee opdrachten: profiel A en profiel B, in een willekeurige volgorde. Vul geen namen in.',
  reference: (i: number) => `Vacaturenummer of kenmerk ${i}`,
  directorate: (i: number) => `Directie ${i}`,
  kind: (i: number) => `Soort opdracht ${i}`,
  paired: (i: number) => `Gepaarde test ${i} (twee testers)`,
  choose: 'Kies',
  removeTarget: (i: number) => `Doel ${i} verwijderen`,
  addTarget: 'Doel toevoegen',
  pasteLabel: 'Of plak doelen als CSV',
  pasteHint: 'Met een kopregel reference,directorate,kind,paired en bij paired ja of nee. De regels komen in de tabel hierboven.',
  pasteButton: 'CSV overnemen',
  pasted: (n: number) => (n === 1 ? '1 doel overgenomen.' : `${n} doelen overgenomen.`),
  pasteNothing: 'Er staan geen doelen in de geplakte tekst.',
  download: 'Opdrachten maken en links downloaden',
  downloadedTitle: 'Opdrachtlinks gedownload',
  downloaded: (n: number, file: string) => `${n} opdrachtlinks zijn gedownload als ${file}. Ze zijn niet opnieuw op te vragen.`,
  listTitle: 'Opdrachten en voortgang',
  listNone: 'Er zijn nog geen opdrachten.',
  listHint: 'Het aantal waarnemingen dat de server heeft, per opdracht. Waarnemingen die nog op een telefoon wachten, tellen pas mee als ze verstuurd zijn.',
  colPair: 'Paar',
  colProfile: 'Profiel',
  colOrder: 'Volgorde',
  colReference: 'Kenmerk',
  colDirectorate: 'Directie',
  colKind: 'Soort',
  colObservations: 'Waarnemingen',
  colStep: 'Verste stap',
  none: '–',
  profile: (p: string) => `Profiel ${p.toUpperCase()}`,
};

export type AssignmentsText = typeof nl;

const en: AssignmentsText = {
  assignmentsLink: (id) => `Assignments for ${id}`,
  title: (id) => `Assignments for ${id}`,
  notAssignmentWave: 'This wave does not use mystery-guest assignments. For an observation survey, create a wave with the mode "assignments".',
  closed: 'This wave is closed; no assignments can be added.',
  onceWarning:
    'The server does not keep the links, only a fingerprint of them. The CSV file with the links is downloaded once. Give each mystery guest only their own link; Peil does not know who holds which link. A link works for every observation of its assignment.',
  targetsLegend: 'Targets',
  targetsHint:
    'One line per vacancy or visit. A paired test makes two assignments: profile A and profile B, in a random order. Do not enter names.',
  reference: (i) => `Vacancy number or reference ${i}`,
  directorate: (i) => `Directorate ${i}`,
  kind: (i) => `Kind of assignment ${i}`,
  paired: (i) => `Paired test ${i} (two testers)`,
  choose: 'Choose',
  removeTarget: (i) => `Remove target ${i}`,
  addTarget: 'Add target',
  pasteLabel: 'Or paste targets as CSV',
  pasteHint: 'With a header line reference,directorate,kind,paired and ja or nee under paired. The lines go into the table above.',
  pasteButton: 'Use CSV',
  pasted: (n) => (n === 1 ? '1 target added.' : `${n} targets added.`),
  pasteNothing: 'The pasted text holds no targets.',
  download: 'Create assignments and download links',
  downloadedTitle: 'Assignment links downloaded',
  downloaded: (n, file) => `${n} assignment links have been downloaded as ${file}. They cannot be requested again.`,
  listTitle: 'Assignments and progress',
  listNone: 'There are no assignments yet.',
  listHint: 'The number of observations the server holds, per assignment. Observations still waiting on a phone count once they are sent.',
  colPair: 'Pair',
  colProfile: 'Profile',
  colOrder: 'Order',
  colReference: 'Reference',
  colDirectorate: 'Directorate',
  colKind: 'Kind',
  colObservations: 'Observations',
  colStep: 'Furthest step',
  none: '–',
  profile: (p) => `Profile ${p.toUpperCase()}`,
};

export const assignmentsText: Record<Locale, AssignmentsText> = { nl, en };
