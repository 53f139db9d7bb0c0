package io.fastscanner.analysis.ml;

import java.util.Arrays;

/** Solves the small symmetric positive (semi-)definite systems of the Newton steps (row-major p x p). */
final class CholeskySolver {

    private CholeskySolver() {}

    /**
     * Solves {@code hessian * step = gradient} by Cholesky decomposition. Without a penalty the Hessian can be
     * (nearly) singular, e.g. for separable data; a growing ridge is then added to the diagonal until it factors.
     */
    static void solve(double[] hessian, double[] gradient, double[] step, int p) {
        double trace = 0;
        for (int j = 0; j < p; j++) {
            trace += hessian[j * p + j];
        }
        double jitter = 0;
        double[] lower = new double[p * p];
        for (int attempt = 0; attempt < 60; attempt++) {
            if (cholesky(hessian, lower, p, jitter)) {
                // forward: L u = g; backward: L^T step = u
                for (int i = 0; i < p; i++) {
                    double s = gradient[i];
                    for (int k = 0; k < i; k++) {
                        s -= lower[i * p + k] * step[k];
                    }
                    step[i] = s / lower[i * p + i];
                }
                for (int i = p - 1; i >= 0; i--) {
                    double s = step[i];
                    for (int k = i + 1; k < p; k++) {
                        s -= lower[k * p + i] * step[k];
                    }
                    step[i] = s / lower[i * p + i];
                }
                return;
            }
            jitter = jitter == 0 ? 1e-12 * Math.max(trace / p, 1e-300) : jitter * 10;
        }
        throw new ArithmeticException("Hessian could not be factorised");
    }

    private static boolean cholesky(double[] a, double[] lower, int p, double jitter) {
        Arrays.fill(lower, 0);
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i * p + j] + (i == j ? jitter : 0);
                for (int k = 0; k < j; k++) {
                    s -= lower[i * p + k] * lower[j * p + k];
                }
                if (i == j) {
                    if (!(s > 1e-300)) {
                        return false;
                    }
                    lower[i * p + i] = Math.sqrt(s);
                } else {
                    lower[i * p + j] = s / lower[j * p + j];
                }
            }
        }
        return true;
    }
}
