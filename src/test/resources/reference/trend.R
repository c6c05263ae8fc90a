# Reference values for Ar1TrendReferenceTest (R 4.x, nlme 3.1-162). Input: the CSV printed by
# trend_data.py. The slope is fitted by REML with corCAR1 (gaps), then refitted with rho fixed one
# standard error higher, rho+ = rho + sqrt((1 - rho^2) / n), as Ar1Trend does.
library(nlme)
d <- read.csv(commandArgs(trailingOnly = TRUE)[1])
d$wd <- factor(d$t %% 7, levels = 0:6)
d$tc <- d$t - (min(d$t) + max(d$t)) / 2
g <- gls(y ~ tc + wd, data = d, correlation = corCAR1(form = ~ t), method = "REML")
rho <- coef(g$modelStruct$corStruct, unconstrained = FALSE)
n <- nrow(d)
up <- rho + sqrt((1 - rho^2) / n)
h <- gls(y ~ tc + wd, data = d, correlation = corCAR1(value = up, form = ~ t, fixed = TRUE),
         method = "REML")
s <- summary(h)$tTable["tc", ]
cat(sprintf("rho %.12f rho+ %.12f n %d\n", rho, up, n))
cat(sprintf("slope/week %.12f se/week %.12f p %.12g\n", 7 * s["Value"], 7 * s["Std.Error"],
            s["p-value"]))
