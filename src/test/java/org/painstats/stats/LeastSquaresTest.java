package org.painstats.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The in-place QR of the REML criterion, {@link LeastSquares#rssInPlace}, gives to the last bit
 * what {@link LeastSquares#fit} (Commons Math's {@code QRDecomposition}) gives: RSS and log det.
 */
class LeastSquaresTest {

  private static void assertSameFit(double[][] rows, double[] y) {
    int k = rows[0].length;
    double[][] columns = new double[k][rows.length];
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < k; j++) {
        columns[j][i] = rows[i][j];
      }
    }
    Optional<LeastSquares> expected = LeastSquares.fit(rows, y);
    LeastSquares.Buffers buffers = new LeastSquares.Buffers(rows.length, k);
    double rss = LeastSquares.rssInPlace(columns, y, buffers);
    assertEquals(expected.isPresent(), !Double.isNaN(rss), "fit or none");
    if (expected.isPresent()) {
      assertEquals(expected.get().rss(), rss, 0, "rss");
      assertEquals(expected.get().logDetXtx(), buffers.logDetXtx(), 0, "log det");
    }
  }

  private static double[][] design(Lcg r, int n, int k) {
    double[][] rows = new double[n][k];
    for (int i = 0; i < n; i++) {
      rows[i][0] = 1;
      for (int j = 1; j < k; j++) {
        rows[i][j] = j % 3 == 1 ? (r.uniform() < 0.3 ? 1 : 0) : Math.rint(5 + 2 * r.normal());
      }
    }
    return rows;
  }

  @Test
  void inPlaceFitIsThatOfCommonsMathBitForBit() {
    Lcg r = new Lcg(77);
    for (int[] shape : new int[][] {{400, 2}, {3000, 2}, {300, 4}, {3500, 14}}) {
      double[][] rows = design(r, shape[0], shape[1]);
      assertSameFit(rows, r.ar1(shape[0], 0.6, 1.2));
    }
  }

  @Test
  void segmentedDesignWithTimeColumnsIsThatOfCommonsMath() {
    Lcg r = new Lcg(78);
    int n = 500;
    double[][] rows = new double[n][];
    for (int i = 0; i < n; i++) {
      double d = i >= 200 ? 1 : 0;
      double s = i - 200;
      rows[i] = new double[] {1, s, d, s * d};
    }
    assertSameFit(rows, r.ar1(n, 0.7, 1));
  }

  @Test
  void singularAndSquareDesignsAreThoseOfCommonsMath() {
    Lcg r = new Lcg(79);
    double[][] collinear = design(r, 50, 3);
    for (double[] row : collinear) {
      row[2] = 2 * row[1];
    }
    assertSameFit(collinear, r.ar1(50, 0.5, 1));
    assertTrue(LeastSquares.fit(collinear, new double[50]).isEmpty());
    assertSameFit(design(r, 4, 4), r.ar1(4, 0.5, 1));
  }
}
