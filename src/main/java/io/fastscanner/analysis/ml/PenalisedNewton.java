package io.fastscanner.analysis.ml;

import java.util.Arrays;

/**
 * Newton's method (IRLS) on the L2-penalised log-loss of {@link LogisticRegression}: each step solves the penalised
 * Hessian system by Cholesky decomposition and is halved until the objective does not increase. The intercept (the
 * first coefficient) is not penalised.
 */
final class PenalisedNewton {

    /** The coefficients found, the steps taken, and whether it stopped on the tolerance. */
    record Fit(double[] beta, int iterations, boolean converged) {}

    private static final int MAX_HALVINGS = 40;

    private PenalisedNewton() {}

    /**
     * @param design row-major {@code n x p} matrix, first column all ones (the intercept)
     * @param target the 0/1 labels
     */
    static Fit minimise(
            double[] design, double[] target, int n, int p, double l2, int maxIterations, double tolerance) {
        double[] beta = new double[p];
        double[] gradient = new double[p];
        double[] hessian = new double[p * p];
        double[] step = new double[p];
        double[] candidate = new double[p];
        double loss = objective(design, target, n, p, beta, l2);
        int iteration = 0;
        while (iteration < maxIterations) {
            iteration++;
            derivatives(design, target, n, p, beta, l2, gradient, hessian);
            CholeskySolver.solve(hessian, gradient, step, p);
            double t = 1.0;
            double candidateLoss = Double.NaN;
            for (int halving = 0; halving < MAX_HALVINGS; halving++) {
                for (int j = 0; j < p; j++) {
                    candidate[j] = beta[j] - t * step[j];
                }
                candidateLoss = objective(design, target, n, p, candidate, l2);
                if (candidateLoss <= loss + 1e-12 * Math.abs(loss)) {
                    break;
                }
                t *= 0.5;
            }
            double largestChange = 0;
            for (int j = 0; j < p; j++) {
                largestChange = Math.max(largestChange, Math.abs(candidate[j] - beta[j]));
            }
            System.arraycopy(candidate, 0, beta, 0, p);
            loss = candidateLoss;
            if (largestChange < tolerance) {
                return new Fit(beta, iteration, true);
            }
        }
        return new Fit(beta, iteration, false);
    }

    /** log(1 + e^z) without overflow. */
    private static double softplus(double z) {
        return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    }

    private static double objective(double[] design, double[] target, int n, int p, double[] beta, double l2) {
        double loss = 0;
        for (int i = 0; i < n; i++) {
            int base = i * p;
            double z = 0;
            for (int j = 0; j < p; j++) {
                z += beta[j] * design[base + j];
            }
            loss += softplus(z) - target[i] * z;
        }
        double penalty = 0;
        for (int j = 1; j < p; j++) {
            penalty += beta[j] * beta[j];
        }
        return loss + 0.5 * l2 * penalty;
    }

    /** Gradient and Hessian (full, symmetric) of the penalised objective at {@code beta}. */
    private static void derivatives(
            double[] design,
            double[] target,
            int n,
            int p,
            double[] beta,
            double l2,
            double[] gradient,
            double[] hessian) {
        Arrays.fill(gradient, 0);
        Arrays.fill(hessian, 0);
        for (int i = 0; i < n; i++) {
            int base = i * p;
            double z = 0;
            for (int j = 0; j < p; j++) {
                z += beta[j] * design[base + j];
            }
            double prob = LogisticRegression.sigmoid(z);
            double residual = prob - target[i];
            double weight = prob * (1.0 - prob);
            for (int a = 0; a < p; a++) {
                double xa = design[base + a];
                gradient[a] += residual * xa;
                double wxa = weight * xa;
                int row = a * p;
                for (int b = a; b < p; b++) {
                    hessian[row + b] += wxa * design[base + b];
                }
            }
        }
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < a; b++) {
                hessian[a * p + b] = hessian[b * p + a];
            }
        }
        for (int j = 1; j < p; j++) {
            gradient[j] += l2 * beta[j];
            hessian[j * p + j] += l2;
        }
    }
}
