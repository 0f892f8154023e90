package dev.transcheck.align;

import dev.transcheck.model.Alignment;
import dev.transcheck.model.Bead;
import dev.transcheck.model.Document;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Gale-Church style alignment on character lengths: dynamic programming over beads 1-1, 1-0, 0-1,
 * 2-1 and 1-2. A baseline; confidence is derived from the bead's cost.
 */
public final class LengthAligner implements Aligner {
    private static final int[][] MOVES = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}};
    private static final double[] PRIOR = {-Math.log(0.89), -Math.log(0.0099), -Math.log(0.0099),
            -Math.log(0.089 / 2), -Math.log(0.089 / 2)};

    @Override
    public Alignment align(Document src, Document tgt) {
        int n = src.size();
        int m = tgt.size();
        double[] sl = new double[n];
        double[] tl = new double[m];
        double total = 0;
        double totalT = 0;
        for (int i = 0; i < n; i++) {
            sl[i] = src.sentence(i).text().length();
            total += sl[i];
        }
        for (int j = 0; j < m; j++) {
            tl[j] = tgt.sentence(j).text().length();
            totalT += tl[j];
        }
        double ratio = total == 0 ? 1 : totalT / total;
        double[][] cost = new double[n + 1][m + 1];
        int[][] back = new int[n + 1][m + 1];
        for (double[] row : cost) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                for (int k = 0; k < MOVES.length; k++) {
                    int di = MOVES[k][0];
                    int dj = MOVES[k][1];
                    if (i < di || j < dj || cost[i - di][j - dj] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double a = 0;
                    for (int x = i - di; x < i; x++) {
                        a += sl[x];
                    }
                    double b = 0;
                    for (int y = j - dj; y < j; y++) {
                        b += tl[y];
                    }
                    double c = cost[i - di][j - dj] + PRIOR[k] + lengthCost(a * ratio, b);
                    if (c < cost[i][j]) {
                        cost[i][j] = c;
                        back[i][j] = k;
                    }
                }
            }
        }
        List<Bead> beads = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            int k = back[i][j];
            int di = MOVES[k][0];
            int dj = MOVES[k][1];
            List<Integer> s = new ArrayList<>();
            for (int x = i - di; x < i; x++) {
                s.add(x);
            }
            List<Integer> t = new ArrayList<>();
            for (int y = j - dj; y < j; y++) {
                t.add(y);
            }
            double step = cost[i][j] - cost[i - di][j - dj];
            beads.add(new Bead(s, t, Math.exp(-Math.max(0, step - PRIOR[0]) / 4)));
            i -= di;
            j -= dj;
        }
        Collections.reverse(beads);
        return new Alignment(beads, n, m);
    }

    private static double lengthCost(double expected, double actual) {
        if (expected == 0 && actual == 0) {
            return 0;
        }
        double mean = (expected + actual) / 2;
        double delta = (actual - expected) / Math.sqrt(6.8 * Math.max(mean, 1));
        return delta * delta / 2;
    }
}
