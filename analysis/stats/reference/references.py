# Reference values for analysis/stats/*.test.ts (scipy cross-checks).
# Run: python3 analysis/stats/reference/references.py   (written against scipy 1.17.1)
import numpy as np
from scipy import stats
np.set_printoptions(precision=15)
def p(l, *v): print(l, ':', ' '.join(repr(float(x)) for x in v))
print('scipy', __import__('scipy').__version__)
x=[1,2,3,4,10]; p('t.interval x', *stats.t.interval(0.95, 4, loc=np.mean(x), scale=stats.sem(x)))
s=[62.5,75,50,87.5,100,37.5,62.5,75,68.75,56.25,81.25,43.75]; p('t.interval s 90', *stats.t.interval(0.9, 11, loc=np.mean(s), scale=stats.sem(s)))
p('summary 5000', *stats.t.interval(0.95, 4999, loc=55.2, scale=21.7/np.sqrt(5000)))
for a,b in [((5.1,1.2,20),(4.2,2.1,15)),((61.3,20.1,3000),(59.8,23.4,4000)),((50.02,10,2e6),(50,12,3e6)),((70,0,12),(64.5,9.3,9))]:
  r=stats.ttest_ind_from_stats(a[0],a[1],a[2],b[0],b[1],b[2],equal_var=False); p(f'welch {a} {b}', r.statistic, r.pvalue)
x=[3.1,4.8,5.6,2.9,6.2,4.4,5.0,3.7]; y=[2.2,3.9,1.8,4.1,2.6,3.3,2.0,5.4,1.1,2.8,3.0]
r=stats.ttest_ind(x,y,equal_var=False); p('welch raw', r.statistic, r.df, r.pvalue, *r.confidence_interval(0.95))
for b,c in [(12,3),(0,7),(30,50),(1,0),(480,560),(0,0),(5,5)]:
  p(f'binomtest {b},{c}', stats.binomtest(b, b+c).pvalue if b+c>0 else 1.0)
for e in [(56,70,48,80),(9,10,3,10),(412,1000,380,1100)]:
  t=[[e[0],e[1]-e[0]],[e[2],e[3]-e[2]]]
  r=stats.chi2_contingency(t, correction=False); p(f'chi2 {e}', np.sqrt(r.statistic), r.pvalue)
for df, q in [(10, 0.975), (1, 0.975), (4.7, 0.975), (1000, 0.95), (1e4, 0.975), (1e7, 0.975)]:
  p(f't.ppf({q}, {df})', stats.t.ppf(q, df))
for t_, df in [(-2, 10), (2, 10), (-1.96, 1e4), (-0.01, 1e6), (-0.01, 1e7), (-1.96, 1e12)]:
  p(f't.cdf({t_}, {df})', stats.t.cdf(t_, df))
p('norm.ppf(0.975), norm.ppf(0.95), 2 norm.cdf(-1), 2 t.cdf(-2, 10)', stats.norm.ppf(0.975), stats.norm.ppf(0.95), 2*stats.norm.cdf(-1), 2*stats.t.cdf(-2, 10))
# analysis/procedures: Wilson with the finite-population correction as scipy's Wilson at the
# confidence level whose z is z(0.975)·sqrt((N − n)/(N − 1)).
def wilson_fpc(k, n, N):
  c = 2*stats.norm.cdf(stats.norm.ppf(0.975)*np.sqrt((N-n)/(N-1)))-1
  ci = stats.binomtest(k, n).proportion_ci(confidence_level=c, method='wilson'); return ci.low, ci.high
for k, n, N in [(9, 12, 14), (18, 22, 24), (4, 6, 8)]: p(f'wilson fpc {k}/{n} of {N}', *wilson_fpc(k, n, N))
p('z 9/12 vs 5/10', stats.chi2_contingency([[9, 3], [5, 5]], correction=False).pvalue)
for k, n in [(6, 10), (14, 20)]: p(f'wilson {k}/{n}', *stats.binomtest(k, n).proportion_ci(method='wilson'))
