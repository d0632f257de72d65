# Reference values for analysis/stats/*.test.ts. Base R only.
# Run: Rscript analysis/stats/reference/references.R   (written against R 4.2.2)
options(digits = 15)
p <- function(label, x) cat(label, ":", format(x, digits = 15), "\n")
cat("== wilson\n")
p("3/10", prop.test(3, 10, correct = FALSE)$conf.int)
p("81/263 90%", prop.test(81, 263, conf.level = 0.9, correct = FALSE)$conf.int)
p("0/25", prop.test(0, 25, correct = FALSE)$conf.int)
p("25/25", prop.test(25, 25, correct = FALSE)$conf.int)
p("1/1", prop.test(1, 1, correct = FALSE)$conf.int)
# Finite population: invert the score test with the without-replacement variance by root finding
fpcWilson <- function(x, n, N, conf = 0.95) {
  z <- qnorm(1 - (1 - conf) / 2); ph <- x / n; f <- (N - n) / (N - 1)
  g <- function(q) (ph - q)^2 - z^2 * q * (1 - q) / n * f
  lo <- if (x == 0) 0 else uniroot(g, c(1e-12, ph), tol = 1e-15)$root
  hi <- if (x == n) 1 else uniroot(g, c(max(ph, 1e-12), 1 - 1e-12), tol = 1e-15)$root
  c(lo, hi)
}
viaProp <- function(x, n, N, conf = 0.95) {
  f <- (N - n) / (N - 1); z <- qnorm(1 - (1 - conf) / 2)
  prop.test(x, n, conf.level = 2 * pnorm(z * sqrt(f)) - 1, correct = FALSE)$conf.int
}
p("3/10 N=20 uniroot", fpcWilson(3, 10, 20)); p("3/10 N=20 prop.test", viaProp(3, 10, 20))
p("40/120 N=400 uniroot", fpcWilson(40, 120, 400)); p("40/120 N=400 prop.test", viaProp(40, 120, 400))
p("0/30 N=60 uniroot", fpcWilson(0, 30, 60)); p("0/30 N=60 prop", viaProp(0, 30, 60))
p("39/40 N=41 uniroot", fpcWilson(39, 40, 41)); p("39/40 N=41 prop", viaProp(39, 40, 41))
p("3/10 N=1e12", viaProp(3, 10, 1e12))

cat("== mean\n")
x <- c(1, 2, 3, 4, 10)
p("x mean sd", c(mean(x), sd(x))); p("x ci", t.test(x)$conf.int)
s <- c(62.5, 75, 50, 87.5, 100, 37.5, 62.5, 75, 68.75, 56.25, 81.25, 43.75)
p("s mean sd", c(mean(s), sd(s))); p("s ci 90", t.test(s, conf.level = 0.9)$conf.int)
p("summary 62.5,18,40", 62.5 + c(-1, 1) * qt(0.975, 39) * 18 / sqrt(40))
p("summary 55.2,21.7,5000", 55.2 + c(-1, 1) * qt(0.975, 4999) * 21.7 / sqrt(5000))
p("summary 55.2,21.7,2 99%", 55.2 + c(-1, 1) * qt(0.995, 1) * 21.7 / sqrt(2))

cat("== cronbach\n")
alpha <- function(m) { m <- na.omit(m); k <- ncol(m); k / (k - 1) * (1 - sum(apply(m, 2, var)) / var(rowSums(m))) }
m1 <- rbind(c(4,5,4,3), c(3,4,3,3), c(5,5,4,5), c(2,3,2,1), c(4,4,5,4), c(3,2,3,2))
p("m1", alpha(m1))
m2 <- rbind(c(1,2,2), c(2,3,3), c(4,4,5), c(3,5,4), c(NA,1,1))
p("m2 (listwise)", alpha(m2)); p("m2 n", nrow(na.omit(m2)))
m3 <- rbind(c(1,5), c(2,3), c(4,2), c(5,2))
p("m3 negative", alpha(m3))
m4 <- rbind(c(4,5,4,3), c(3,NA,3,3), c(5,5,4,5), c(2,3,2,1), c(NA,NA,NA,NA), c(4,4,5,4), c(3,2,3,2))
p("m4 (rows 2 and 5 dropped)", alpha(m4))

cat("== two proportions\n")
newcombe <- function(x1, n1, x2, n2, conf = 0.95) {
  w <- function(x, n) prop.test(x, n, conf.level = conf, correct = FALSE)$conf.int
  p1 <- x1 / n1; p2 <- x2 / n2; a <- w(x1, n1); b <- w(x2, n2); D <- p1 - p2
  c(D - sqrt((p1 - a[1])^2 + (b[2] - p2)^2), D + sqrt((a[2] - p1)^2 + (p2 - b[1])^2))
}
for (e in list(c(56,70,48,80), c(9,10,3,10), c(6,7,2,7), c(5,56,0,29), c(0,10,0,20), c(10,10,0,20))) {
  pt <- suppressWarnings(prop.test(e[c(1,3)], e[c(2,4)], correct = FALSE))
  p(paste(e, collapse = ","), c(newcombe(e[1], e[2], e[3], e[4]), sign(e[1]/e[2]-e[3]/e[4]) * sqrt(pt$statistic), pt$p.value))
}
pt <- prop.test(c(412, 380), c(1000, 1100), correct = FALSE)
p("412/1000 vs 380/1100 90%", c(newcombe(412, 1000, 380, 1100, 0.9), sqrt(pt$statistic), pt$p.value))

cat("== welch\n")
x <- c(3.1, 4.8, 5.6, 2.9, 6.2, 4.4, 5.0, 3.7)
y <- c(2.2, 3.9, 1.8, 4.1, 2.6, 3.3, 2.0, 5.4, 1.1, 2.8, 3.0)
tt <- t.test(x, y)
p("x mean sd n", c(mean(x), sd(x), length(x))); p("y mean sd n", c(mean(y), sd(y), length(y)))
p("t df p", c(tt$statistic, tt$parameter, tt$p.value)); p("ci", tt$conf.int)
tt99 <- t.test(x, y, conf.level = 0.99); p("ci99", tt99$conf.int)
welch <- function(m1, s1, n1, m2, s2, n2, conf = 0.95) {
  v1 <- s1^2 / n1; v2 <- s2^2 / n2; se <- sqrt(v1 + v2); t <- (m1 - m2) / se
  df <- (v1 + v2)^2 / (v1^2 / (n1 - 1) + v2^2 / (n2 - 1))
  c(t, df, 2 * pt(-abs(t), df), (m1 - m2) + c(-1, 1) * qt(1 - (1 - conf) / 2, df) * se)
}
p("5.1,1.2,20 vs 4.2,2.1,15", welch(5.1, 1.2, 20, 4.2, 2.1, 15))
p("large 61.3,20.1,3000 vs 59.8,23.4,4000", welch(61.3, 20.1, 3000, 59.8, 23.4, 4000))
p("huge 50.02,10,2e6 vs 50,12,3e6", welch(50.02, 10, 2e6, 50, 12, 3e6))
p("one sd 0: 70,0,12 vs 64.5,9.3,9", welch(70, 0, 12, 64.5, 9.3, 9))

cat("== mcnemar\n")
for (e in list(c(12,3), c(3,12), c(0,7), c(30,50), c(1,0), c(480,560), c(0,1100)))
  p(paste(e, collapse = ","), binom.test(e[1], e[1] + e[2])$p.value)

cat("== paired newcombe\n")
pairedNewcombe <- function(a, b, c, d, conf = 0.95) {
  n <- a + b + c + d
  w <- function(x) if (x == 0) c(0, prop.test(x, n, conf.level = conf, correct = FALSE)$conf.int[2]) else prop.test(x, n, conf.level = conf, correct = FALSE)$conf.int
  p1 <- (a + b) / n; p2 <- (a + c) / n; D <- p1 - p2
  ci1 <- w(a + b); ci2 <- w(a + c)
  A <- (a + b) * (c + d) * (a + c) * (b + d); B <- a * d - b * c
  C <- if (B > n / 2) B - n / 2 else if (B >= 0) 0 else B
  phi <- if (A == 0) 0 else C / sqrt(A)
  dl1 <- p1 - ci1[1]; du1 <- ci1[2] - p1; dl2 <- p2 - ci2[1]; du2 <- ci2[2] - p2
  c(D, D - sqrt(dl1^2 - 2 * phi * dl1 * du2 + du2^2), D + sqrt(du1^2 - 2 * phi * du1 * dl2 + dl2^2), phi)
}
for (e in list(c(59,6,16,80), c(10,12,3,5), c(20,0,0,10), c(2,10,8,1), c(0,10,0,0), c(36,12,2,0)))
  p(paste(e, collapse = ","), c(pairedNewcombe(e[1], e[2], e[3], e[4]), binom.test(e[2], max(1, e[2] + e[3]))$p.value))
p("10,12,3,5 90%", pairedNewcombe(10, 12, 3, 5, 0.9))
cat("== scale\n")
p("4,5,NA,reversed 2", mean(c(75, 100, 100 - 25)))
p("7,2,10 on 0-10", mean(c(70, 20, 100)))
