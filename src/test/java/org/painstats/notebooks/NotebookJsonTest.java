package org.painstats.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The notebook JSON is read and written as Jupyter reads and writes it. */
class NotebookJsonTest {
  @Test
  void writesAsJupyterDoes() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("c", null);
    inner.put("a", true);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("b", Arrays.asList(1L, "two\n", inner));
    m.put("a", Map.of());
    m.put("e", List.of());
    m.put("d", "tab\there \"q\" back\\ ünï \u0001");
    // Python 3.11: json.dumps(d, sort_keys=True, indent=1, ensure_ascii=False) + "\n",
    // as nbformat.write saves a notebook.
    String python =
        "{\n \"a\": {},\n \"b\": [\n  1,\n  \"two\\n\",\n  {\n   \"a\": true,\n   \"c\": null\n"
            + "  }\n ],\n \"d\": \"tab\\there \\\"q\\\" back\\\\ ünï \\u0001\",\n \"e\": []\n}\n";
    assertEquals(python, Json.write(m));
  }

  @Test
  void readsWhatItWrites() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", "line\r\n\"quoted\" \\ \b\f é \u2028 \u0000");
    m.put("numbers", List.of(0L, -12L, 4L));
    m.put("nested", Map.of("empty", List.of(), "no", false));
    assertEquals(m, Json.parse(Json.write(m)));
    assertEquals(List.of(1.5, -2.0E-3, "/"), Json.parse("[1.5, -2e-3, \"\\/\"]"));
    assertEquals("é", Json.parse("\"\\u00e9\""));
  }

  @Test
  void saysWhereTextStopsBeingJson() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": [1, 2}"));
    assertTrue(e.getMessage().contains("offset 11"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Json.parse("{} x"));
    assertThrows(IllegalArgumentException.class, () -> Json.parse("\"open"));
  }

  @Test
  void splitsTextIntoLinesAsJupyterStoresIt() {
    assertEquals(List.of("a\n", "b\n"), Notebook.lines("a\nb\n"));
    assertEquals(List.of("a\n", "\n", "b"), Notebook.lines("a\n\nb"));
    assertEquals(List.of(), Notebook.lines(""));
  }

  @Test
  void freshOutputsReplaceTheStoredOnesAndNumberTheCells() {
    Map<String, Object> nb = new LinkedHashMap<>();
    List<Object> cells = new ArrayList<>();
    cells.add(Map.of("cell_type", "markdown", "metadata", Map.of(), "source", "# Title"));
    Map<String, Object> code = new LinkedHashMap<>();
    code.put("cell_type", "code");
    code.put("metadata", Map.of());
    code.put("source", "1 + 1");
    code.put("execution_count", null);
    code.put("outputs", List.of());
    cells.add(code);
    nb.put("cells", cells);
    nb.put("nbformat", 4L);
    Notebook.Output two = new Notebook.Output("result", "2");
    Notebook.Output said = new Notebook.Output("stdout", "said\nso\n");
    String written = notebook(nb).withOutputs(List.of(List.of(said, two)), "0123456789abcdef");
    Map<?, ?> cell = (Map<?, ?>) ((List<?>) ((Map<?, ?>) Json.parse(written)).get("cells")).get(1);
    assertEquals(1L, cell.get("execution_count"));
    assertEquals(
        List.of(
            Map.of("output_type", "stream", "name", "stdout", "text", List.of("said\n", "so\n")),
            Map.of(
                "output_type",
                "execute_result",
                "execution_count",
                1L,
                "data",
                Map.of("text/plain", List.of("2")),
                "metadata",
                Map.of())),
        cell.get("outputs"));
    assertFalse(((Map<?, ?>) Json.parse(written)).containsKey("metadata"), "none was there");
  }

  @Test
  @SuppressWarnings("unchecked")
  void imagesAreStoredAsJupyterStoresADisplayAndTheMachineThatDrewThemIsNoted() {
    Map<String, Object> nb = new LinkedHashMap<>();
    Map<String, Object> code = new LinkedHashMap<>();
    code.put("cell_type", "code");
    code.put("metadata", Map.of());
    code.put("source", "display(image);\nimage");
    code.put("outputs", List.of());
    nb.put("cells", List.of(code));
    nb.put("metadata", Map.of("kernelspec", Map.of("language", "java")));
    nb.put("nbformat", 4L);
    Notebook.Output said = new Notebook.Output("stdout", "drawn\n");
    Notebook.Output shown = Notebook.Output.display("BufferedImage: 2x1", "iVBORw0KGgo=");
    Notebook.Output result = new Notebook.Output("result", "BufferedImage: 2x1", "iVBORw0KGgo=");
    String written =
        notebook(nb).withOutputs(List.of(List.of(said, shown, result)), "0123456789abcdef");
    Map<?, ?> json = (Map<?, ?>) Json.parse(written);
    Map<?, ?> cell = (Map<?, ?>) ((List<?>) json.get("cells")).get(0);
    assertEquals(
        Map.of(
            "output_type",
            "display_data",
            "data",
            Map.of("image/png", "iVBORw0KGgo=", "text/plain", List.of("BufferedImage: 2x1")),
            "metadata",
            Map.of()),
        ((List<?>) cell.get("outputs")).get(1));
    assertEquals(
        Map.of(
            "kernelspec",
            Map.of("language", "java"),
            "painstats",
            Map.of("renderer", "0123456789abcdef")),
        json.get("metadata"));
    Notebook back = notebook((Map<String, Object>) json);
    assertEquals(List.of(said, shown, result), back.cells().get(0).outputs());
    assertEquals(java.util.Optional.of("0123456789abcdef"), back.renderer());
  }

  @Test
  void base64WrappedOverLinesIsReadWhole() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("output_type", "display_data");
    out.put("data", Map.of("image/png", List.of("iVBORw0K\n", "Ggo=\n"), "text/plain", "x"));
    out.put("metadata", Map.of());
    Map<String, Object> code = new LinkedHashMap<>();
    code.put("cell_type", "code");
    code.put("metadata", Map.of());
    code.put("source", "display(x);");
    code.put("outputs", List.of(out));
    Notebook nb = notebook(Map.of("cells", List.of(code), "nbformat", 4L));
    assertEquals(
        List.of(Notebook.Output.display("x", "iVBORw0KGgo=")), nb.cells().get(0).outputs());
  }

  @Test
  void aDisplayOfAnotherKindIsKeptAsItsJson() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("output_type", "display_data");
    out.put("data", Map.of("text/html", "<b>x</b>", "text/plain", "x"));
    out.put("metadata", Map.of());
    Map<String, Object> code = new LinkedHashMap<>();
    code.put("cell_type", "code");
    code.put("metadata", Map.of());
    code.put("source", "x");
    code.put("outputs", List.of(out));
    Notebook.Output o =
        notebook(Map.of("cells", List.of(code), "nbformat", 4L)).cells().get(0).outputs().get(0);
    assertEquals("display_data", o.kind());
    assertTrue(o.text().contains("text/html"), o.text());
  }

  private static Notebook notebook(Map<String, Object> json) {
    try {
      Path file = Files.createTempFile("notebook", ".ipynb");
      try {
        Files.writeString(file, Json.write(json), StandardCharsets.UTF_8);
        return Notebook.read(file);
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
