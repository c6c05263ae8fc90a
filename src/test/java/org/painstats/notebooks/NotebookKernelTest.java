package org.painstats.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painstats.notebooks.Notebook.Output;
import org.painstats.notebooks.NotebookKernel.CellFailure;

/**
 * The kernel runs cells as JJava does and names the notebook, cell and line of what fails. Most
 * cases run in this JVM; two start a kernel JVM with {@link NotebookRunner}.
 */
class NotebookKernelTest {
  @TempDir Path dir;

  /** A notebook {@code t.ipynb} in the temp folder: a markdown title, then these code cells. */
  private Notebook notebook(String... code) throws IOException {
    List<Object> cells = new ArrayList<>();
    cells.add(Map.of("cell_type", "markdown", "metadata", Map.of(), "source", "# Test"));
    for (String c : code) {
      Map<String, Object> cell = new LinkedHashMap<>();
      cell.put("cell_type", "code");
      cell.put("metadata", Map.of());
      cell.put("source", c);
      cell.put("outputs", List.of());
      cells.add(cell);
    }
    Path file = dir.resolve("t.ipynb");
    Files.writeString(file, Json.write(Map.of("cells", cells, "nbformat", 4L)));
    return Notebook.read(file);
  }

  private List<List<Output>> runHere(String... code) throws IOException {
    ByteArrayOutputStream ignored = new ByteArrayOutputStream();
    return NotebookKernel.run(notebook(code), NotebookRunner.classPath(), ignored, ignored);
  }

  private String failure(String... code) {
    return assertThrows(CellFailure.class, () -> runHere(code)).getMessage();
  }

  private static List<Output> result(String text) {
    return List.of(new Output("result", text));
  }

  @Test
  void showsTheLastExpressionOfACellAsJJavaDoes() throws IOException {
    List<List<Output>> outputs =
        runHere(
            "String s = \"a\";",
            "s",
            "s + \"b\"",
            "s = \"c\"",
            "Object none = null;\nnone",
            "s.length();\nint n = 2;",
            "java.util.List.of(1, 2)");
    assertEquals(
        List.of(
            List.of(),
            result("a"),
            result("ab"),
            List.of(),
            List.of(),
            List.of(),
            result("[1, 2]")),
        outputs);
  }

  /** A cell that draws a 3x2 image: a red pixel on white. */
  private static final String IMAGE =
      "var image = new java.awt.image.BufferedImage(3, 2,"
          + " java.awt.image.BufferedImage.TYPE_INT_RGB);\n"
          + "image.setRGB(0, 0, 0xffffff); image.setRGB(1, 0, 0xff0000);";

  @Test
  void displayShowsAnImageAsJJavaRendersIt() throws IOException {
    List<List<Output>> outputs = runHere(IMAGE, "display(image);\ndisplay(\"a text\");\n3");
    List<Output> cell = outputs.get(1);
    assertEquals(3, cell.size(), cell.toString());
    assertEquals("display", cell.get(0).kind());
    // As a real kernel stores it: String.valueOf(image), identity hash and all (which is why the
    // notebooks show charts as ChartPictures, whose text is stable).
    assertTrue(
        cell.get(0).text().matches("(?s)BufferedImage@[0-9a-f]+: type = 1 DirectColorModel.*"),
        "String.valueOf(image): " + cell.get(0).text());
    assertTrue(cell.get(0).text().contains("width = 3 height = 2"), cell.get(0).text());
    BufferedImage shown = NotebookImages.decode(cell.get(0).png());
    assertEquals(3, shown.getWidth());
    assertEquals(0xffff0000, shown.getRGB(1, 0));
    assertEquals(Output.display("a text", null), cell.get(1));
    assertEquals(new Output("result", "3"), cell.get(2));
  }

  @Test
  void anImageAsTheCellsValueIsItsResultAndDisplayReturnsAnId() throws IOException {
    List<List<Output>> outputs = runHere(IMAGE, "image", "display(image)");
    Output result = outputs.get(1).get(0);
    assertEquals("result", result.kind());
    assertTrue(result.hasImage());
    assertEquals(2, NotebookImages.decode(result.png()).getHeight());
    // As in JJava, display returns the display id, a UUID that a cell ending with it shows.
    assertEquals("display", outputs.get(2).get(0).kind());
    assertTrue(
        outputs.get(2).get(1).text().matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-.*"),
        outputs.get(2).toString());
  }

  @Test
  void aKernelJvmShowsADisplayAfterWhatTheCellPrintedBeforeIt()
      throws IOException, InterruptedException {
    Notebook nb =
        notebook(
            IMAGE,
            "System.out.println(\"before\");\n"
                + "display(image);\n"
                + "System.out.println(\"after\");\n"
                + "\"shown\"");
    List<Output> cell =
        NotebookRunner.run(nb, NotebookRunner.classPath(), Duration.ofMinutes(1)).get(1);
    assertEquals(4, cell.size(), cell.toString());
    assertEquals(new Output("stdout", "before\n"), cell.get(0));
    assertEquals("display", cell.get(1).kind());
    assertEquals(3, NotebookImages.decode(cell.get(1).png()).getWidth());
    assertEquals(new Output("stdout", "after\n"), cell.get(2));
    assertEquals(new Output("result", "shown"), cell.get(3));
  }

  @Test
  void magicsStandForTheBuildsClassPath() throws IOException {
    List<List<Output>> outputs =
        runHere(
            "%classpath ../target/painstats.jar ../target/lib/*.jar\n"
                + "%jars ../target/lib/*.jar\n"
                + "%maven org.example:none:1.0\n"
                + "org.painstats.PainStats.class.getSimpleName()",
            "%%loadFromPOM\n<dependency></dependency>");
    assertEquals(List.of(result("PainStats"), List.of()), outputs);
  }

  @Test
  void aCompileErrorNamesTheNotebookCellAndLine() {
    String message = failure("int a = 1;", "int b = 2;\n\nString s = undefinedThing;");
    assertTrue(
        message.startsWith("t.ipynb, cell 3 (int b = 2;), line 3: does not compile"), message);
    assertTrue(message.contains("| String s = undefinedThing;"), message);
    assertTrue(message.contains("error: cannot find symbol"), message);
  }

  @Test
  void anExceptionNamesTheCellAndWhatWasThrown() {
    String message = failure("int seven = Integer.parseInt(\"seven\");");
    assertTrue(
        message.startsWith(
            "t.ipynb, cell 2 (int seven = Integer.parseInt(\"seven\");), line 1: throws"
                + " java.lang.NumberFormatException: For input string: \"seven\""),
        message);
    assertTrue(message.contains("java.lang.Integer.parseInt(Integer.java"), message);
    assertTrue(message.endsWith("\n    | int seven = Integer.parseInt(\"seven\");\n"), message);
  }

  @Test
  void classesOfTheTestsAreNotOnTheNotebooksClassPath() {
    assertTrue(
        failure("org.painstats.notebooks.NotebookKernel.class").contains("does not compile"));
  }

  @Test
  void incompleteCodeFails() {
    assertTrue(failure("int x = (1 +").contains("line 1: incomplete code"));
  }

  @Test
  void aKernelJvmRunsInTheNotebooksFolderWithPinnedLocaleAndCapturesItsOutput()
      throws IOException, InterruptedException {
    Notebook nb =
        notebook(
            "System.out.println(\"héllo\");\n"
                + "System.err.println(\"careful\");\n"
                + "java.nio.file.Files.exists(java.nio.file.Path.of(\"t.ipynb\"))",
            "String.format(\"%s %s %.1f\", java.util.Locale.getDefault(),"
                + " java.util.TimeZone.getDefault().getID(), 1.5)");
    assertEquals(
        List.of(
            List.of(
                new Output("stdout", "héllo\n"),
                new Output("stderr", "careful\n"),
                new Output("result", "true")),
            result("en_US UTC 1.5")),
        NotebookRunner.run(nb, NotebookRunner.classPath(), Duration.ofMinutes(1)));
  }

  @Test
  void aNotebookThatRunsTooLongIsStopped() throws IOException {
    Notebook nb = notebook("Thread.sleep(60_000);");
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () -> NotebookRunner.run(nb, NotebookRunner.classPath(), Duration.ofSeconds(2)));
    assertEquals("t.ipynb: the notebook took more than 2 s", e.getMessage());
  }

  @Test
  void storedOutputsAreReadBack() throws IOException {
    Path file = dir.resolve("s.ipynb");
    Files.writeString(
        file,
        "{\"nbformat\": 4, \"cells\": [{\"cell_type\": \"code\", \"source\": [\"1\"],"
            + " \"metadata\": {}, \"outputs\": [{\"output_type\": \"stream\", \"name\":"
            + " \"stdout\", \"text\": [\"a\\n\", \"b\"]}, {\"output_type\": \"execute_result\","
            + " \"data\": {\"text/plain\": \"1\"}}]}]}",
        StandardCharsets.UTF_8);
    assertEquals(
        List.of(new Output("stdout", "a\nb"), new Output("result", "1")),
        Notebook.read(file).cells().get(0).outputs());
  }
}
