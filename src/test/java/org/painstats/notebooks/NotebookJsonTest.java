package org.painstats.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    String written = notebook(nb).withOutputs(List.of(List.of(said, two)));
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
