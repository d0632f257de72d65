# Reference values for analysis/indicators/reasons.test.ts (scipy cross-checks).
# Run: python3 analysis/indicators/reference/reasons.py   (written against scipy 1.17.1)
# The same hand-made exit wave as the test: shares of respondents naming each reason, Wilson 95%
# intervals (scipy.stats.binomtest(...).proportion_ci(method='wilson')), the change of one reason
# since the previous wave (pooled two-proportion z test = chi-squared without continuity correction).
from scipy import stats
print('scipy', __import__('scipy').__version__)

def weg(i):
    if i == 7: return ['none']
    if i == 8: return ['other']
    if i == 25: return None  # skipped
    r = []
    if i % 2 == 0: r.append('werkdruk')
    if i % 3 == 0: r.append('cultuur')
    if i % 4 == 1: r.append('leidinggevende')
    if i < 5 or i == 20: r.append('geen_groei')
    return r or ['none']

def directie(i): return 'sociaal' if i < 14 else 'veiligheid' if i < 24 else 'dienstverlening'

answers = [weg(i) for i in range(26)]
def share(reason, people):
    answered = [a for a in people if a is not None]
    k = sum(reason in a for a in answered); n = len(answered)
    ci = stats.binomtest(k, n).proportion_ci(method='wilson')
    return k, n, ci.low, ci.high
for reason in ['werkdruk', 'cultuur', 'leidinggevende', 'geen_groei', 'ongewenst_gedrag']:
    print('overall', reason, *share(reason, answers))
    print('sociaal', reason, *share(reason, [a for i, a in enumerate(answers) if directie(i) == 'sociaal']))
# Previous wave: 20 respondents, werkdruk named by every fourth (5 of 20).
k0, n0 = 5, 20
k1, n1, _, _ = share('werkdruk', answers)
print('change werkdruk p', stats.chi2_contingency([[k1, n1 - k1], [k0, n0 - k0]], correction=False).pvalue)
