package org.painstats.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.painstats.notebooks.Notebook.Cell;
import org.painstats.notebooks.Notebook.Output;

/**
 * Every notebook in {@code notebooks/} is a Java notebook in nbformat 4 whose code cells all run,
 * in order, through JShell, and whose stored outputs are what the cells print and show now: a
 * change to the API or the analysis that changes a notebook fails here until the notebook is
 * updated. Text must be the same to the character; images (charts shown with {@code display}) the
 * same pixels, where this machine draws as the one that stored them did, and otherwise the same
 * size and not blank (see {@link NotebookImages}). Run with {@code
 * -Dpainstats.notebooks.refresh=true} to re-execute the notebooks and rewrite their stored outputs
 * first.
 */
class NotebooksTest {
  static final Path DIR = Path.of("notebooks");

  static final String REFRESH =
      "mvn -B -q test -Dtest=NotebooksTest -Dpainstats.notebooks.refresh=true";

  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  /**
   * A temp directory, a hash code ({@code Object@1b6d3586}), a clock time or a UUID (the display id
   * {@code display(...)} returns, shown when a cell ends with it) in an output.
   */
  private static final Pattern MACHINE_DETAIL =
      Pattern.compile(
          "/tmp/|\\\\Temp\\\\|/var/folders/|[A-Za-z]@[0-9a-f]{5,}\\b|\\d\\d:\\d\\d:\\d\\d\\.\\d"
              + "|\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");

  static List<Path> notebooks() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
    }
  }

  /** One test per notebook, named by its file. */
  private static Stream<DynamicTest> eachNotebook(ThrowingConsumer<Path> check) throws IOException {
    return DynamicTest.stream(notebooks().stream(), p -> p.getFileName().toString(), check);
  }

  @Test
  void theNotebooksAreThere() throws IOException {
    List<String> names = notebooks().stream().map(p -> p.getFileName().toString()).toList();
    assertTrue(names.contains("01-import-and-clean.ipynb"), names.toString());
    assertTrue(names.contains("02-what-tracks-with-pain.ipynb"), names.toString());
    assertTrue(names.contains("03-did-the-approach-help.ipynb"), names.toString());
  }

  @TestFactory
  Stream<DynamicTest> eachIsAJavaNotebookInNbformat4() throws IOException {
    return eachNotebook(p -> assertEquals(List.of(), Notebook.read(p).problems(), p.toString()));
  }

  @TestFactory
  Stream<DynamicTest> eachIsStoredAsJupyterSavesIt() throws IOException {
    return eachNotebook(
        p -> {
          String text = Files.readString(p, StandardCharsets.UTF_8);
          assertEquals(text, Json.write(Json.parse(text)), p.toString());
        });
  }

  @TestFactory
  Stream<DynamicTest> eachLoadsTheBuiltProjectInItsFirstCodeCell() throws IOException {
    return eachNotebook(
        p -> {
          Cell first =
              Notebook.read(p).cells().stream().filter(Cell::isCode).findFirst().orElseThrow();
          assertTrue(
              first.source().contains("%classpath ../target/painstats.jar"),
              p + ": the first code cell should load the built project: " + first.source());
        });
  }

  @TestFactory
  Stream<DynamicTest> eachShowsAtLeastOneChart() throws IOException {
    return eachNotebook(
        p ->
            assertTrue(
                Notebook.read(p).cells().stream()
                    .flatMap(c -> c.outputs().stream())
                    .anyMatch(Output::hasImage),
                p + " stores no chart among its outputs"));
  }

  @TestFactory
  Stream<DynamicTest> eachStoredOutputIsFreeOfMachineDetails() throws IOException {
    return eachNotebook(
        p -> {
          for (Cell c : Notebook.read(p).cells()) {
            for (Output o : c.outputs()) {
              assertFalse(
                  MACHINE_DETAIL.matcher(o.text()).find(),
                  p
                      + ", cell "
                      + c.number()
                      + " prints a path, hash, time or display id:\n"
                      + o.text());
            }
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> eachRunsEveryCellAndShowsWhatItPrints() throws IOException {
    return eachNotebook(NotebooksTest::runAndCompare);
  }

  private static void runAndCompare(Path path) throws IOException, InterruptedException {
    Notebook notebook = Notebook.read(path);
    List<List<Output>> fresh = NotebookRunner.run(notebook, NotebookRunner.classPath(), TIMEOUT);
    String renderer = NotebookImages.renderer();
    if (Boolean.getBoolean("painstats.notebooks.refresh")) {
      String updated = notebook.withOutputs(fresh, renderer);
      if (!updated.equals(Files.readString(path, StandardCharsets.UTF_8))) {
        Files.writeString(path, updated, StandardCharsets.UTF_8);
      }
      notebook = Notebook.read(path);
    }
    boolean exact = notebook.renderer().map(renderer::equals).orElse(false);
    List<Cell> code = notebook.cells().stream().filter(Cell::isCode).toList();
    if (!exact && code.stream().flatMap(c -> c.outputs().stream()).anyMatch(Output::hasImage)) {
      // Said, not failed: the test still holds the images to their size and to not being blank.
      System.err.println(
          notebook.name()
              + ": this machine draws text or shapes otherwise than the one that stored the"
              + " images (renderer "
              + renderer
              + ", stored "
              + notebook.renderer().orElse("none")
              + "), so they are compared by size and not being blank only");
    }
    for (int i = 0; i < code.size(); i++) {
      Cell cell = code.get(i);
      Optional<String> why = difference(cell.outputs(), fresh.get(i), exact);
      if (why.isPresent()) {
        fail(
            notebook.name()
                + ", cell "
                + cell.number()
                + " ("
                + cell.firstLine()
                + ") now prints or shows something else than the notebook shows; if the change is"
                + " intended, refresh the stored outputs with\n  "
                + REFRESH
                + "\n"
                + why.get());
      }
    }
  }

  /**
   * How the fresh outputs of a cell differ from the stored ones, or empty if they do not: in the
   * first line of text that differs, or else in the first image that differs ({@link
   * NotebookImages#difference}, pixel for pixel when {@code exact}).
   */
  static Optional<String> difference(List<Output> stored, List<Output> now, boolean exact) {
    List<String> a = flatten(stored);
    List<String> b = flatten(now);
    if (!a.equals(b)) {
      return Optional.of(difference(a, b));
    }
    for (int k = 0; k < stored.size(); k++) {
      if (stored.get(k).hasImage()) {
        Optional<String> d =
            NotebookImages.difference(stored.get(k).png(), now.get(k).png(), exact);
        if (d.isPresent()) {
          return Optional.of("output " + (k + 1) + " (" + stored.get(k).kind() + "): " + d.get());
        }
      }
    }
    return Optional.empty();
  }

  /** The first line where the stored and the fresh outputs differ. */
  private static String difference(List<String> a, List<String> b) {
    int k = 0;
    while (k < a.size() && k < b.size() && a.get(k).equals(b.get(k))) {
      k++;
    }
    return "first difference at output line "
        + (k + 1)
        + ":\n  stored: "
        + (k < a.size() ? a.get(k) : "(nothing)")
        + "\n  now:    "
        + (k < b.size() ? b.get(k) : "(nothing)");
  }

  /** The outputs as lines of text, each marked with its kind; an image is one line of its own. */
  private static List<String> flatten(List<Output> outputs) {
    List<String> lines = new ArrayList<>();
    for (Output o : outputs) {
      if (o.hasImage()) {
        lines.add("[" + o.kind() + "] (an image/png)");
      }
      o.text().lines().forEach(l -> lines.add("[" + o.kind() + "] " + l));
    }
    return lines;
  }
}
