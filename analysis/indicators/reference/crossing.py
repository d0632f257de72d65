# Reference values for analysis/indicators/crossing.test.ts (scipy cross-checks).
# Run: python3 analysis/indicators/reference/crossing.py   (written against scipy 1.17.1)
# The cell sociaal x 12_plus of the test's onboarding wave: 12 respondents, person j of the cell
# answers onb_programma 'ja' unless j % 3 == 2 (now) or unless j % 2 == 1 (the previous wave), and
# rates 5 + (3 j mod 6). Wilson 95% interval of the share, t interval of the mean, and the change's
# pooled two-proportion z test (chi-squared without continuity correction).
import numpy as np
from scipy import stats
print('scipy', __import__('scipy').__version__)
now = [j % 3 != 2 for j in range(12)]
before = [j % 2 == 0 for j in range(12)]
k, n = sum(now), len(now)
ci = stats.binomtest(k, n).proportion_ci(method='wilson')
print('welkomstprogramma', k, n, ci.low, ci.high)
x = [5 + (3 * j) % 6 for j in range(12)]
print('rapportcijfer', np.mean(x), *stats.t.interval(0.95, len(x) - 1, loc=np.mean(x), scale=stats.sem(x)))
k0 = sum(before)
print('change p', stats.chi2_contingency([[k, n - k], [k0, n - k0]], correction=False).pvalue)
