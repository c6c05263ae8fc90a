# Reference values for LinkTestReferenceTest (R 4.x, nlme 3.1-162). Input: the CSV printed by
# link_test_data.py. The calendar structure is rebuilt here independently of the Java code:
# intercept, weekday indicators (Monday reference), linear term, K = floor(N/60) half-cosines.
library(nlme)
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1])
N <- 150
t <- d$t
wd <- factor(t %% 7, levels = 0:6)
lin <- (t - (N - 1) / 2) / N
K <- N %/% 60
cosines <- sapply(1:K, function(k) cos(pi * k * (t + 0.5) / N))
D <- model.matrix(~ wd + lin + cosines)
# 1. The error model of y with its structure: REML AR(1) in days (corCAR1 handles the gaps).
g <- gls(y ~ wd + lin + cosines, data = d, correlation = corCAR1(form = ~ t), method = "REML")
rho <- coef(g$modelStruct$corStruct, unconstrained = FALSE)
cat(sprintf("errorRho %.12f\n", rho))
# 2. Residuals of y and x on the structure (OLS over the days present).
yr <- resid(lm(d$y ~ D - 1))
xr <- resid(lm(d$x ~ D - 1))
cat(sprintf("yr[1..3] %.12f %.12f %.12f\n", yr[1], yr[2], yr[3]))
# 3. The link at lag 1: yr on xr of the day before, on days where both are present.
prev <- match(t - 1, t)
ok <- !is.na(prev)
e <- data.frame(t = t[ok], yr = yr[ok], xl = xr[prev[ok]])
fixed <- gls(yr ~ xl, data = e, correlation = corCAR1(value = rho, form = ~ t, fixed = TRUE),
             method = "REML")
cat(sprintf("slope at errorRho %.12f\n", coef(fixed)[2]))
free <- gls(yr ~ xl, data = e, correlation = corCAR1(form = ~ t), method = "REML")
cat(sprintf("rho fitted with x %.12f slope %.12f n %d\n",
            coef(free$modelStruct$corStruct, unconstrained = FALSE), coef(free)[2], nrow(e)))
# 4. The effective sample size of the link test at errorRho, written out from the method's text:
# Prais-Winsten whitening with gaps, the whitened intercept projected out, ranks, then Bartlett's
# N* with pairs by calendar distance, lags 1..min(14, n %/% 5), k = structure columns + 1.
whiten <- function(v, tt, r) {
  z <- numeric(length(v))
  z[1] <- sqrt(1 - r^2) * v[1]
  for (i in 2:length(v)) {
    gap <- tt[i] - tt[i - 1]
    dd <- r^gap
    f <- if (gap == 1) 1 else sqrt((1 - r^2) / (1 - dd^2))
    z[i] <- f * (v[i] - dd * v[i - 1])
  }
  z
}
w0 <- whiten(rep(1, nrow(e)), e$t, rho)
u <- whiten(e$yr, e$t, rho); u <- u - sum(u * w0) / sum(w0 * w0) * w0
v <- whiten(e$xl, e$t, rho); v <- v - sum(v * w0) / sum(w0 * w0) * w0
bartlett <- function(a, b, tt, k) {
  n <- length(a)
  a <- a - mean(a); b <- b - mean(b)
  s <- 0
  for (j in 1:min(14, n %/% 5)) {
    i <- match(tt - j, tt)
    ok <- !is.na(i)
    s <- s + (sum(ok) / n) * (sum(a[ok] * a[i[ok]]) / sum(a^2)) * (sum(b[ok] * b[i[ok]]) / sum(b^2))
  }
  max(3, min(n - k, (n - k) / (1 + 2 * s)))
}
k <- qr(D)$rank + 1
cat(sprintf("effectiveN ranks %.12f values %.12f k %d\n",
            bartlett(rank(u), rank(v), e$t, k), bartlett(u, v, e$t, k), k))
nv <- bartlett(u, v, e$t, k)
r <- sum(u * v) / sqrt(sum(u * u) * sum(v * v))
tv <- r * sqrt((nv - 2) / (1 - r^2))
cat(sprintf("slopeP %.12g\n", 2 * pt(-abs(tv), nv - 2)))
