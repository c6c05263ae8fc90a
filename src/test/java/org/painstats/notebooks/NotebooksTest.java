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
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.painstats.notebooks.Notebook.Cell;
import org.painstats.notebooks.Notebook.Output;

/**
 * Every notebook in {@code notebooks/} is a Java notebook in nbformat 4 whose code cells all run,
 * in order, through JShell, and whose stored outputs are what the cells print now: a change to the
 * API or the analysis that changes a notebook fails here until the notebook is updated. Run with
 * {@code -Dpainstats.notebooks.refresh=true} to re-execute the notebooks and rewrite their stored
 * outputs first.
 */
class NotebooksTest {
  static final Path DIR = Path.of("notebooks");

  static final String REFRESH =
      "mvn -B -q test -Dtest=NotebooksTest -Dpainstats.notebooks.refresh=true";

  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  /** A temp directory, a hash code ({@code Object@1b6d3586}) or a clock time in an output. */
  private static final Pattern MACHINE_DETAIL =
      Pattern.compile(
          "/tmp/|\\\\Temp\\\\|/var/folders/|[A-Za-z]@[0-9a-f]{5,}\\b|\\d\\d:\\d\\d:\\d\\d\\.\\d");

  static List<Path> notebooks() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
    }
  }

  @Test
  void theNotebooksAreThere() throws IOException {
    List<String> names = notebooks().stream().map(p -> p.getFileName().toString()).toList();
    assertTrue(names.contains("01-import-and-clean.ipynb"), names.toString());
    assertTrue(names.contains("03-did-the-approach-help.ipynb"), names.toString());
  }

  @TestFactory
  Stream<DynamicTest> eachIsAJavaNotebookInNbformat4() throws IOException {
    return notebooks().stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    p.getFileName().toString(),
                    () -> assertEquals(List.of(), Notebook.read(p).problems(), p.toString())));
  }

  @TestFactory
  Stream<DynamicTest> eachIsStoredAsJupyterSavesIt() throws IOException {
    return notebooks().stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    p.getFileName().toString(),
                    () -> {
                      String text = Files.readString(p, StandardCharsets.UTF_8);
                      assertEquals(text, Json.write(Json.parse(text)), p.toString());
                    }));
  }

  @TestFactory
  Stream<DynamicTest> eachLoadsTheBuiltProjectInItsFirstCodeCell() throws IOException {
    return notebooks().stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    p.getFileName().toString(),
                    () -> {
                      Cell first =
                          Notebook.read(p).cells().stream()
                              .filter(Cell::isCode)
                              .findFirst()
                              .orElseThrow();
                      assertTrue(
                          first.source().contains("%classpath ../target/painstats.jar"),
                          p
                              + ": the first code cell should load the built project: "
                              + first.source());
                    }));
  }

  @TestFactory
  Stream<DynamicTest> eachStoredOutputIsFreeOfMachineDetails() throws IOException {
    return notebooks().stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    p.getFileName().toString(),
                    () -> {
                      for (Cell c : Notebook.read(p).cells()) {
                        for (Output o : c.outputs()) {
                          assertFalse(
                              MACHINE_DETAIL.matcher(o.text()).find(),
                              p
                                  + ", cell "
                                  + c.number()
                                  + " prints a path, hash or time:\n"
                                  + o.text());
                        }
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> eachRunsEveryCellAndShowsWhatItPrints() throws IOException {
    return notebooks().stream()
        .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> runAndCompare(p)));
  }

  private static void runAndCompare(Path path) throws IOException, InterruptedException {
    Notebook notebook = Notebook.read(path);
    List<List<Output>> fresh = NotebookRunner.run(notebook, NotebookRunner.classPath(), TIMEOUT);
    if (Boolean.getBoolean("painstats.notebooks.refresh")) {
      String updated = notebook.withOutputs(fresh);
      if (!updated.equals(Files.readString(path, StandardCharsets.UTF_8))) {
        Files.writeString(path, updated, StandardCharsets.UTF_8);
      }
      notebook = Notebook.read(path);
    }
    List<Cell> code = notebook.cells().stream().filter(Cell::isCode).toList();
    for (int i = 0; i < code.size(); i++) {
      Cell cell = code.get(i);
      if (!cell.outputs().equals(fresh.get(i))) {
        fail(
            notebook.name()
                + ", cell "
                + cell.number()
                + " ("
                + cell.firstLine()
                + ") now prints something else than the notebook shows; if the change is"
                + " intended, refresh the stored outputs with\n  "
                + REFRESH
                + "\n"
                + difference(cell.outputs(), fresh.get(i)));
      }
    }
  }

  /** The first line where the stored and the fresh outputs differ. */
  static String difference(List<Output> stored, List<Output> now) {
    List<String> a = flatten(stored);
    List<String> b = flatten(now);
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

  private static List<String> flatten(List<Output> outputs) {
    List<String> lines = new ArrayList<>();
    for (Output o : outputs) {
      o.text().lines().forEach(l -> lines.add("[" + o.kind() + "] " + l));
    }
    return lines;
  }
}
