import { Problem } from '../errors.ts';

/**
 * A token bucket per survey answered through an open link (a survey has one wave at a time): an
 * open form can be filled in by anyone, so it is limited in how fast it accepts answers, without
 * looking at who sends them (no IP address is read or kept). Keyed by the survey id of the path,
 * so it is taken before the body is read or parsed.
 */
export class OpenLinkLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perSecond = 20,
    private readonly burst = 200,
  ) {}

  /** Takes one answer's worth from the survey's bucket, or throws a 429 problem. */
  take(surveyId: string, now: Date): void {
    const t = now.getTime();
    const b = this.buckets.get(surveyId) ?? { tokens: this.burst, at: t };
    b.tokens = Math.min(this.burst, b.tokens + ((t - b.at) / 1000) * this.perSecond);
    b.at = t;
    this.buckets.set(surveyId, b);
    if (b.tokens < 1) {
      throw new Problem(429, 'too-many-answers', 'This open survey receives too many answers at once; try again in a moment.');
    }
    b.tokens -= 1;
  }
}
