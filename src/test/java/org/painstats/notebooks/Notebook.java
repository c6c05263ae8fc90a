package org.painstats.notebooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Jupyter notebook (nbformat 4) as its JSON tree, with what the runner and the test need: the
 * cells, their stored outputs (text, and images as base64 PNG), and the same notebook with fresh
 * outputs.
 */
final class Notebook {
  /** One cell; {@code number} counts from 1 over all cells, as they appear. */
  record Cell(int number, String type, String source, List<Output> outputs) {
    Cell {
      outputs = List.copyOf(outputs);
    }

    boolean isCode() {
      return type.equals("code");
    }

    /** The first line of the source, to name the cell in a message. */
    String firstLine() {
      return source.strip().lines().findFirst().orElse("");
    }
  }

  /**
   * One output of a code cell: {@code stdout}, {@code stderr} (streams), {@code result} (an {@code
   * execute_result}) or {@code display} (a {@code display_data}, what JJava's {@code display(...)}
   * shows). {@code text} is a stream's text or the {@code text/plain} of a result or display;
   * {@code png} is the base64 {@code image/png} of a result or display that shows an image, else
   * null. Any other output (another MIME type, an error) is kept by its type, with its JSON as
   * text.
   */
  record Output(String kind, String text, String png) {
    Output(String kind, String text) {
      this(kind, text, null);
    }

    static Output display(String text, String png) {
      return new Output("display", text, png);
    }

    boolean hasImage() {
      return png != null;
    }
  }

  /** The notebook metadata key under which the test keeps its own notes ({@link #renderer()}). */
  static final String METADATA = "painstats";

  private final Path path;
  private final Map<String, Object> json;

  private Notebook(Path path, Map<String, Object> json) {
    this.path = path;
    this.json = json;
  }

  /**
   * Reads a notebook file.
   *
   * @throws IllegalArgumentException if it is not a JSON object
   */
  @SuppressWarnings("unchecked")
  static Notebook read(Path path) {
    try {
      Object json = Json.parse(Files.readString(path, StandardCharsets.UTF_8));
      if (!(json instanceof Map)) {
        throw new IllegalArgumentException(path + ": not a JSON object");
      }
      return new Notebook(path, (Map<String, Object>) json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path path() {
    return path;
  }

  String name() {
    return path.getFileName().toString();
  }

  /** What keeps this from being a Java notebook in nbformat 4; empty when nothing does. */
  List<String> problems() {
    List<String> out = new ArrayList<>();
    if (!Long.valueOf(4).equals(json.get("nbformat"))) {
      out.add("nbformat is " + json.get("nbformat") + ", not 4");
    }
    boolean ids = json.get("nbformat_minor") instanceof Long minor && minor >= 5;
    if (!(json.get("nbformat_minor") instanceof Long)) {
      out.add("no nbformat_minor");
    }
    Object spec = map(json.get("metadata")).get("kernelspec");
    if (!"java".equals(map(spec).get("language"))) {
      out.add("kernelspec language is " + map(spec).get("language") + ", not java");
    }
    Object info = map(json.get("metadata")).get("language_info");
    if (!"java".equals(map(info).get("name"))) {
      out.add("language_info name is " + map(info).get("name") + ", not java");
    }
    if (!(json.get("cells") instanceof List<?> cells)) {
      out.add("no list of cells");
      return out;
    }
    int n = 0;
    for (Object c : cells) {
      n++;
      Map<String, Object> cell = map(c);
      Object type = cell.get("cell_type");
      if (!List.of("code", "markdown", "raw").contains(type)) {
        out.add("cell " + n + ": cell_type " + type);
      }
      if (!(cell.get("source") instanceof String) && !(cell.get("source") instanceof List)) {
        out.add("cell " + n + ": no source");
      }
      if (ids && !(cell.get("id") instanceof String id && id.matches("[a-zA-Z0-9_-]{1,64}"))) {
        out.add("cell " + n + ": no valid id (nbformat 4.5 needs one)");
      }
      if (!(cell.get("metadata") instanceof Map)) {
        out.add("cell " + n + ": no metadata");
      }
      if ("code".equals(type) && !(cell.get("outputs") instanceof List)) {
        out.add("cell " + n + ": code cell without outputs");
      }
    }
    return out;
  }

  /** The cells in order. */
  List<Cell> cells() {
    List<Cell> out = new ArrayList<>();
    int n = 0;
    for (Object c : list(json.get("cells"))) {
      Map<String, Object> cell = map(c);
      List<Output> outputs = new ArrayList<>();
      for (Object o : list(cell.get("outputs"))) {
        outputs.add(output(map(o)));
      }
      out.add(new Cell(++n, (String) cell.get("cell_type"), text(cell.get("source")), outputs));
    }
    return out;
  }

  private static Output output(Map<String, Object> o) {
    Object type = o.get("output_type");
    Map<String, Object> data = map(o.get("data"));
    if ("stream".equals(type)) {
      return new Output(String.valueOf(o.get("name")), text(o.get("text")));
    }
    boolean known = List.of("text/plain", "image/png").containsAll(data.keySet());
    if ("execute_result".equals(type) && known) {
      return new Output("result", text(data.get("text/plain")), png(data.get("image/png")));
    }
    if ("display_data".equals(type) && known) {
      return Output.display(text(data.get("text/plain")), png(data.get("image/png")));
    }
    return new Output(String.valueOf(type), Json.write(o));
  }

  /** Base64 as stored: one string, or lines (some tools wrap it); null when absent. */
  private static String png(Object o) {
    return o == null ? null : text(o).replaceAll("\\s", "");
  }

  /**
   * What the test noted, when it last stored images in this notebook, about how that machine draws
   * text and shapes ({@link NotebookImages#renderer()}); empty if it stored none.
   */
  Optional<String> renderer() {
    return Optional.ofNullable(map(map(json.get("metadata")).get(METADATA)).get("renderer"))
        .map(String::valueOf);
  }

  /**
   * The notebook as JSON text with these outputs on its code cells (one list per code cell, in
   * order) and execution counts 1, 2, ... as a fresh run gives them. When an output holds an image,
   * the notebook's metadata notes how this machine draws ({@code renderer}, see {@link
   * NotebookImages}), so that a later run knows whether it can expect the same pixels.
   */
  String withOutputs(List<List<Output>> outputs, String renderer) {
    Map<String, Object> copy = new LinkedHashMap<>(json);
    Map<String, Object> metadata = new LinkedHashMap<>(map(json.get("metadata")));
    if (outputs.stream().flatMap(List::stream).anyMatch(Output::hasImage)) {
      metadata.put(METADATA, Map.of("renderer", renderer));
    } else {
      metadata.remove(METADATA);
    }
    if (json.containsKey("metadata") || !metadata.isEmpty()) {
      copy.put("metadata", metadata);
    }
    List<Object> cells = new ArrayList<>();
    int code = 0;
    for (Object c : list(json.get("cells"))) {
      Map<String, Object> cell = new LinkedHashMap<>(map(c));
      cell.put("source", lines(text(cell.get("source"))));
      if ("code".equals(cell.get("cell_type"))) {
        int count = ++code;
        List<Object> outs = new ArrayList<>();
        for (Output o : outputs.get(count - 1)) {
          outs.add(json(o, count));
        }
        cell.put("execution_count", (long) count);
        cell.put("outputs", outs);
      }
      cells.add(cell);
    }
    copy.put("cells", cells);
    return Json.write(copy);
  }

  private static Map<String, Object> json(Output o, int count) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (o.kind().equals("result") || o.kind().equals("display")) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("text/plain", lines(o.text()));
      if (o.hasImage()) {
        data.put("image/png", o.png()); // one string, as Jupyter keeps binary data
      }
      if (o.kind().equals("result")) {
        m.put("output_type", "execute_result");
        m.put("execution_count", (long) count);
      } else {
        m.put("output_type", "display_data");
      }
      m.put("data", data);
      m.put("metadata", Map.of());
    } else {
      m.put("output_type", "stream");
      m.put("name", o.kind());
      m.put("text", lines(o.text()));
    }
    return m;
  }

  /** Text as Jupyter stores it: a list of lines, each but the last ending in a newline. */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int k = 0; k < text.length(); k++) {
      if (text.charAt(k) == '\n') {
        out.add(text.substring(start, k + 1));
        start = k + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }

  /** A multiline string, stored as one string or as a list of lines. */
  private static String text(Object o) {
    if (o instanceof List<?> l) {
      StringBuilder b = new StringBuilder();
      l.forEach(b::append);
      return b.toString();
    }
    return o == null ? "" : String.valueOf(o);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o instanceof Map ? (Map<String, Object>) o : Map.of();
  }

  private static List<?> list(Object o) {
    return o instanceof List<?> l ? l : List.of();
  }
}
