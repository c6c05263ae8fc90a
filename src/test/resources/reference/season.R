# Reference values for Ar1SeasonReferenceTest (R 4.2.2, nlme 3.1-162). Input: the CSV printed by
# season_data.py. The model is Ar1Season's: intercept, centred linear term, the slow half-cosines
# of a diary over two years long (one here), weekday effects, and the annual sine and cosine, with
# corCAR1 errors by REML; then refitted with rho fixed one standard error higher, where the season's
# Wald test is read (F(2, n - k)).
library(nlme)
d <- read.csv(commandArgs(trailingOnly = TRUE)[1])
span <- max(d$t) - min(d$t) + 1
day <- d$t - min(d$t)
d$tc <- (day - (span - 1) / 2) / span
d$h1 <- cos(pi * (day + 0.5) / span)
stopifnot(floor((span - 1) / 366) == 1)
d$wd <- factor(d$t %% 7, levels = 0:6)
d$s <- sin(2 * pi * d$t / 365.25)
d$c <- cos(2 * pi * d$t / 365.25)
f <- y ~ tc + h1 + wd + s + c
g <- gls(f, data = d, correlation = corCAR1(form = ~ t), method = "REML")
rho <- coef(g$modelStruct$corStruct, unconstrained = FALSE)
n <- nrow(d)
up <- min(0.99, rho + sqrt((1 - rho^2) / n))
h <- gls(f, data = d, correlation = corCAR1(value = up, form = ~ t, fixed = TRUE), method = "REML")
k <- length(coef(h))
b <- coef(h)[c("s", "c")]
V <- vcov(h)[c("s", "c"), c("s", "c")]
wald <- drop(t(b) %*% solve(V) %*% b)
p <- pf(wald / 2, 2, n - k, lower.tail = FALSE)
peak <- atan2(b[["s"]], b[["c"]]) / (2 * pi) * 365.25
if (peak < 0) peak <- peak + 365.25
cat(sprintf("rho %.12f rho+ %.12f n %d k %d\n", rho, up, n, k))
cat(sprintf("amplitude %.12f peak %.12f p %.12g\n", sqrt(sum(b^2)), peak, p))
