package org.painstats.report;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.util.XRLog;
import java.awt.RenderingHints;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.painstats.analysis.Report;

/**
 * The report as a PDF for a clinician: the HTML page's document (the same sections, words and
 * tables) laid out on A4 or Letter by openhtmltopdf. Page 1 holds the answer, a small trend chart
 * with the approach periods and the approaches at a glance; the details follow from page 2. Every
 * page has a footer with the diary's name and period and its page number. Charts are drawn as
 * vectors straight into the PDF (each chart's painter on PDFBox's Graphics2D), text is set in the
 * DejaVu Sans fonts painstats carries, embedded, and figures, table rows and notes are kept whole
 * on a page. The PDF is tagged (its structure, language and title, each chart with its title as
 * alternative text), as PDF/UA asks.
 *
 * <p>The same report and charts give the same bytes: no creation date, a fixed producer, and the
 * document id derived from the content.
 */
public final class ReportPdf {
  /** The paper sizes a report is laid out on. */
  public enum Paper {
    A4("A4"),
    LETTER("letter");

    private final String css;

    Paper(String css) {
      this.css = css;
    }

    /** The CSS {@code @page size} keyword. */
    String css() {
      return css;
    }
  }

  /** The {@code type} of the {@code <object>} elements a chart is drawn into. */
  static final String CHART_TYPE = "application/x-painstats-chart";

  private static final String FONTS = "/org/painstats/chart/fonts/";

  static {
    // openhtmltopdf logs its progress (and CSS it skips, such as the screen's flex rules) to
    // standard error; the command line says what it wrote itself
    XRLog.setLoggingEnabled(false);
  }

  private ReportPdf() {}

  /**
   * The PDF of a report with its charts, in their order.
   *
   * @throws IllegalArgumentException if two charts share a name
   */
  public static byte[] of(Report report, List<VectorChart> charts, Paper paper) {
    Map<String, VectorChart> byName = new LinkedHashMap<>();
    for (VectorChart c : charts) {
      if (byName.put(c.name(), c) != null) {
        throw new IllegalArgumentException("two charts are named " + c.name());
      }
    }
    String xhtml = ReportHtml.forPdf(report, List.copyOf(charts), paper);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
    drawers.registerDrawer(CHART_TYPE, drawer(byName));
    PdfRendererBuilder b = new PdfRendererBuilder();
    b.usePDDocument(withId(xhtml + paper));
    b.useFastMode();
    // tagged for screen readers (structure, language, title, each chart's title as its text):
    // about 0.4 s more for a ten-year diary
    b.usePdfUaAccessibility(true);
    b.withHtmlContent(xhtml, null);
    b.useObjectDrawerFactory(drawers);
    // nothing is fetched: the document refers to nothing outside itself, and any reference that
    // slipped in is refused rather than read from the disk or the network
    b.useExternalResourceAccessControl((uri, type) -> false, null);
    font(b, "DejaVuSans.ttf", 400);
    font(b, "DejaVuSans-Bold.ttf", 700);
    b.withProducer("painstats " + Made.version());
    try (PdfBoxRenderer renderer = b.buildPdfRenderer()) {
      renderer.layout();
      try (PDDocument doc = renderer.createPDFKeepOpen()) {
        // openhtmltopdf stamps the clock as the creation date: the report's date is its diary's
        doc.getDocumentInformation().setCreationDate(null);
        doc.save(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lay out the PDF report", e);
    }
    return out.toByteArray();
  }

  /**
   * Lays out and writes a tiny PDF and throws it away, so that openhtmltopdf, PDFBox and the fonts
   * are loaded: a command that will write a PDF calls it on a background thread while it reads and
   * analyses the diary.
   */
  public static void prepare() {
    Report empty =
        org.painstats.analysis.Analysis.of(
            org.painstats.diary.Diary.builder("warm-up")
                .day(java.time.LocalDate.of(2024, 1, 1))
                .pain(1)
                .build(),
            org.painstats.analysis.AnalysisOptions.withDefaults());
    of(
        empty,
        List.of(new VectorChart("warm-up", "", "", 10, 10, (g, w, h) -> g.drawLine(0, 0, w, h))),
        Paper.A4);
  }

  /**
   * A document whose file identifier is a digest of what it shows: PDFBox would otherwise derive it
   * from the clock, and the same report would not give the same bytes.
   */
  private static PDDocument withId(String content) {
    byte[] digest;
    try {
      digest =
          MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
    byte[] id = Arrays.copyOf(digest, 16);
    PDDocument doc = new PDDocument();
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    return doc;
  }

  private static void font(PdfRendererBuilder b, String file, int weight) {
    b.useFont(() -> resource(file), "DejaVu Sans", weight, FontStyle.NORMAL, true);
  }

  private static InputStream resource(String file) {
    InputStream in = ReportPdf.class.getResourceAsStream(FONTS + file);
    if (in == null) {
      throw new IllegalStateException("the font " + file + " is missing from painstats");
    }
    return in;
  }

  /**
   * Draws the chart an {@code <object data-chart="NAME">} names: the chart is laid out at its own
   * width, with a height that keeps the box's proportions, and scaled to fill the box.
   */
  private static FSObjectDrawer drawer(Map<String, VectorChart> charts) {
    return (e, x, y, width, height, device, ctx, dotsPerPixel) -> {
      VectorChart c = charts.get(e.getAttribute("data-chart"));
      if (c == null) {
        return null;
      }
      float w = (float) width / dotsPerPixel;
      float h = (float) height / dotsPerPixel;
      int layoutWidth = c.width();
      int layoutHeight = Math.max(1, Math.round(layoutWidth * h / w));
      device.drawWithGraphics(
          (float) x,
          (float) y,
          w,
          h,
          g -> {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(w / layoutWidth, h / layoutHeight);
            c.painter().paint(g, layoutWidth, layoutHeight);
          });
      return null;
    };
  }
}
