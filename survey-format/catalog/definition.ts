import { z } from 'zod';

/** A text in both languages: Dutch under `default`, English under `en`. */
export const ZLocalizedText = z.object({ default: z.string().min(1), en: z.string().min(1) });
export type TLocalizedText = z.infer<typeof ZLocalizedText>;

/** Question names and other data keys: stable across waves, safe as column names in R and SPSS. */
export const DATA_KEY = /^[a-z][a-z0-9_]*$/;

/**
 * The Peil envelope around a SurveyJS JSON (see docs/survey-format.md). Indicators and breakdowns
 * are kept as data here; their meaning is checked by the survey checker.
 */
export const ZSurveyDefinition = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must match ^[a-z][a-z0-9-]*$'),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be major.minor.patch, e.g. 1.0.0'),
  kind: z.enum(['questionnaire', 'observation', 'register']),
  /** A register only: what one record is about, a vacancy procedure (default) or a directorate (survey-format/register/). */
  unit: z.enum(['procedure', 'directorate']).optional(),
  /** A register only: what the City agreed per directorate and year, e.g. Rooney Rule gelukt in >= 60% (survey-format/register/). */
  agreementTargets: z
    .array(
      z.strictObject({
        indicator: z.string(),
        directorate: z.string().optional(),
        year: z.number().int().min(2020).max(2100),
        atLeast: z.number().gt(0).max(1),
        source: ZLocalizedText,
      }),
    )
    .optional(),
  purpose: ZLocalizedText,
  indicators: z.array(z.record(z.string(), z.unknown())).default([]),
  breakdowns: z
    .array(z.union([z.string(), z.object({ question: z.string(), special: z.boolean().optional() })]))
    .default([]),
  /**
   * Breakdowns crossed with each other (directorate x scale band): every indicator per cell of the
   * two, with suppression that holds against both breakdowns' margins (analysis/indicators/crossing.ts).
   */
  crossings: z.array(z.strictObject({ rows: z.string(), columns: z.string() })).default([]),
  survey: z.looseObject({ title: ZLocalizedText }),
});
export type TSurveyDefinition = z.infer<typeof ZSurveyDefinition>;
