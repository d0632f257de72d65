import { BOM, csvText } from '../csv/write.ts';
import { assignmentLink, type CreatedAssignment } from './create.ts';

/** The columns of the links file, one row per assignment. */
export const LINK_COLUMNS = ['pair_id', 'profile', 'order', 'reference', 'directorate', 'kind', 'link'] as const;

/**
 * The links file a researcher hands out (RFC 4180, UTF-8 with a byte order mark for Excel). It is
 * the only place the links ever appear: the server keeps their hashes. No column names a guest.
 */
export function assignmentLinksCsv(baseUrl: string, assignments: CreatedAssignment[]): string {
  const rows = assignments.map((a) => [a.pairId ?? '', a.profile ?? '', a.order ?? '', a.reference, a.directorate, a.kind, assignmentLink(baseUrl, a.token)]);
  return BOM + csvText([LINK_COLUMNS, ...rows], 'rfc4180');
}
