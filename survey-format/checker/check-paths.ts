import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { checkDefinitions } from './index.ts';
import { displayPath, readSurveyFile, surveyFilesAt } from './json-load.ts';
import { problemAt } from './json-path.ts';
import { readLock, type TPublishedLock } from './lock-file.ts';
import type { CheckProblem, SurveyFile } from './types.ts';

/** The survey files of one folder with the lock file recorded there (if any). */
export interface SurveyFolder {
  dir: string;
  files: SurveyFile[];
  lock: TPublishedLock | undefined;
}

/** What checking some paths found: the folders read, how many files, and every problem. */
export interface PathsCheck {
  folders: SurveyFolder[];
  fileCount: number;
  problems: CheckProblem[];
}

/**
 * Reads the survey files at `paths` (files, or folders of `*.json`) and checks each folder's files
 * against that folder's `published.lock.json`. A path that does not exist is a problem too.
 */
export function checkPaths(paths: readonly string[]): PathsCheck {
  const problems: CheckProblem[] = [];
  const byDir = new Map<string, string[]>();
  for (const path of paths) {
    if (!existsSync(path)) {
      problems.push(problemAt(displayPath(path), '$', 'no-such-path'));
      continue;
    }
    for (const file of surveyFilesAt(path)) {
      const files = byDir.get(dirname(file)) ?? [];
      if (!files.includes(file)) files.push(file);
      byDir.set(dirname(file), files);
    }
  }
  const folders: SurveyFolder[] = [];
  for (const [dir, files] of byDir) {
    const { lock, problems: lockProblems } = readLock(dir);
    const folder = { dir, files: files.map(readSurveyFile), lock };
    problems.push(...lockProblems, ...checkDefinitions(folder.files, lock));
    folders.push(folder);
  }
  return { folders, fileCount: folders.reduce((n, f) => n + f.files.length, 0), problems };
}
