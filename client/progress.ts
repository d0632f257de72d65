/**
 * Unfinished answers, kept in this tab only (sessionStorage): they survive a reload but not the
 * closing of the tab, so a shared or borrowed computer does not keep someone's answers.
 */
export interface Progress {
  data: Record<string, unknown>;
  pageNo: number;
}

const progressKey = (surveyId: string, version: string) => `peil:progress:${surveyId}@${version}`;

export function loadProgress(surveyId: string, version: string): Progress | undefined {
  const raw = sessionStorage.getItem(progressKey(surveyId, version));
  if (!raw) return undefined;
  try {
    const p = JSON.parse(raw) as Progress;
    return typeof p.data === 'object' && typeof p.pageNo === 'number' ? p : undefined;
  } catch {
    return undefined;
  }
}

export function saveProgress(surveyId: string, version: string, progress: Progress): void {
  sessionStorage.setItem(progressKey(surveyId, version), JSON.stringify(progress));
}

export function clearProgress(surveyId: string, version: string): void {
  sessionStorage.removeItem(progressKey(surveyId, version));
}
