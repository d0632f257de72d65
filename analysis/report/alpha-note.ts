/**
 * What a reader needs to know about a negative Cronbach's alpha, in Dutch and English: the
 * workspace's figures page and the HTML report say it with the same words. Alpha is negative when
 * the items correlate negatively on average, so their sum is no measure of one thing; the usual
 * cause is an item worded the other way round and not listed as `reversed`.
 */
export const NEGATIVE_ALPHA_NOTE = {
  nl: 'Een negatieve alfa betekent dat de vragen van deze schaal niet hetzelfde meten: ze hangen eerder tegengesteld samen. Vaak is een vraag omgekeerd geformuleerd maar niet als omgekeerd aangegeven. Lees het gemiddelde van deze schaal daarom niet als uitkomst; kijk eerst naar de vragen.',
  en: 'A negative alpha means the items of this scale do not measure one thing: they tend to go in opposite directions. Often an item is worded the other way round but not marked as reversed. So do not read this scale’s mean as a result; look at its items first.',
} as const;

/** Whether an alpha needs {@link NEGATIVE_ALPHA_NOTE}. */
export const alphaNeedsNote = (alpha: number | null): boolean => alpha !== null && alpha < 0;
