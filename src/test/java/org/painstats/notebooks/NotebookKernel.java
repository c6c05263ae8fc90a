package org.painstats.notebooks;

import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;
import org.painstats.notebooks.Notebook.Cell;
import org.painstats.notebooks.Notebook.Output;

/**
 * Runs the code cells of one notebook in order through JShell, in this JVM, as the JJava kernel
 * does; {@link NotebookRunner} starts it in the notebook's folder and reads what it wrote.
 *
 * <p>As in JJava: a cell is split into snippets with {@link SourceCodeAnalysis#analyzeCompletion}
 * and run in the kernel's own JVM; {@code System.out} and {@code System.err} become {@code stream}
 * outputs; when the last snippet of a cell is an expression (not a declaration, not an assignment)
 * with a value other than null, that value becomes the cell's {@code execute_result}, rendered as
 * {@link #render} says. {@code display(Object)} is defined, as JJava's notebook statics define it:
 * it adds a {@code display_data} output where it is called (after what the cell printed so far),
 * rendered the same way, and returns a new display id (a random UUID, so a cell must not end with
 * it: JJava would show the id). Kernel magics ({@code %jars}, {@code %classpath}, {@code %maven},
 * or a whole {@code %%} cell) stand for what the class path given here already holds, so their
 * lines are left out. The first compile error or exception stops the run with a message naming the
 * notebook, the cell, the line and the snippet.
 *
 * <p>Usage: {@code NotebookKernel NOTEBOOK RESULT} with the notebook's class path (the one its
 * {@code %classpath} line stands for) in the system property {@code painstats.notebook.classpath};
 * writes {@code {"outputs": [[{"kind", "text"}...] per code cell]}} or {@code {"failure": ...}} to
 * RESULT as JSON.
 */
public final class NotebookKernel {
  /** The system property that holds the notebook's class path. */
  static final String CLASS_PATH = "painstats.notebook.classpath";

  private static final List<Snippet.SubKind> SHOWN =
      List.of(
          Snippet.SubKind.VAR_VALUE_SUBKIND,
          Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND,
          Snippet.SubKind.OTHER_EXPRESSION_SUBKIND);

  /**
   * JJava's {@code display(Object)} in the notebook: it calls {@link #display} through reflection,
   * since the notebook is compiled without the tests' classes on its class path; they are there
   * when it runs (the JVM's class path).
   */
  static final String DISPLAY =
      """
      String display(Object value) {
          try {
              return (String) Class.forName("org.painstats.notebooks.NotebookKernel")
                  .getMethod("display", Object.class).invoke(null, value);
          } catch (java.lang.reflect.InvocationTargetException e) {
              if (e.getCause() instanceof RuntimeException r) throw r;
              if (e.getCause() instanceof Error r) throw r;
              throw new IllegalStateException(e.getCause());
          } catch (ReflectiveOperationException e) {
              throw new IllegalStateException("display(Object) cannot reach the kernel", e);
          }
      }
      """;

  /** The kernel running cells in this JVM, for {@link #display}; null between runs. */
  private static volatile NotebookKernel running;

  private final String name;
  private final JShell shell;
  private final Control control;
  private final ByteArrayOutputStream out;
  private final ByteArrayOutputStream err;

  /** The outputs of the cell being run, in order. */
  private final List<Output> outputs = new ArrayList<>();

  private NotebookKernel(
      String name,
      JShell shell,
      Control control,
      ByteArrayOutputStream out,
      ByteArrayOutputStream err) {
    this.name = name;
    this.shell = shell;
    this.control = control;
    this.out = out;
    this.err = err;
  }

  /** A failure of the notebook itself (compile error, exception), as opposed to the kernel's. */
  static final class CellFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CellFailure(String message) {
      super(message);
    }
  }

  public static void main(String[] args) throws Exception {
    Notebook notebook = Notebook.read(Path.of(args[0]));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    Map<String, Object> json = new LinkedHashMap<>();
    try {
      List<Object> outputs = new ArrayList<>();
      for (List<Output> cell : run(notebook, System.getProperty(CLASS_PATH), out, err)) {
        outputs.add(cell.stream().map(NotebookKernel::json).toList());
      }
      json.put("outputs", outputs);
    } catch (CellFailure e) {
      json.put("failure", e.getMessage());
    }
    Files.writeString(Path.of(args[1]), Json.write(json), StandardCharsets.UTF_8);
    System.exit(0); // threads a notebook started do not keep the kernel alive
  }

  /**
   * Runs every code cell of a notebook in this JVM; what the cells print must go to {@code out} and
   * {@code err} ({@link #main} redirects {@code System.out} and {@code System.err} there).
   *
   * @param classPath what the notebook's {@code %classpath} line stands for
   * @return one list of outputs per code cell, in order
   * @throws CellFailure on a compile error, an exception or incomplete code
   */
  static List<List<Output>> run(
      Notebook notebook, String classPath, ByteArrayOutputStream out, ByteArrayOutputStream err) {
    Control control = new Control();
    try (JShell shell =
        JShell.builder()
            .executionEngine(control, Map.of())
            .compilerOptions("--class-path", classPath, "-proc:none")
            .build()) {
      NotebookKernel kernel = new NotebookKernel(notebook.name(), shell, control, out, err);
      kernel.define(DISPLAY);
      running = kernel;
      try {
        List<List<Output>> outputs = new ArrayList<>();
        for (Cell cell : notebook.cells()) {
          if (cell.isCode()) {
            outputs.add(kernel.run(cell));
          }
        }
        return outputs;
      } finally {
        running = null;
      }
    }
  }

  /** Defines a snippet the kernel provides, as JJava's statics are there before the first cell. */
  private void define(String source) {
    for (SnippetEvent e : shell.eval(source)) {
      if (!e.status().isDefined()) {
        throw new IllegalStateException("the kernel's own snippet does not compile: " + source);
      }
    }
  }

  /**
   * What {@code display(value)} does in a notebook: the output so far, then the value rendered as a
   * {@code display_data}; returns a new display id, as JJava does.
   *
   * @throws IllegalStateException if no notebook is running
   */
  public static synchronized String display(Object value) {
    NotebookKernel kernel = running;
    if (kernel == null) {
      throw new IllegalStateException("display(Object) is for notebook cells");
    }
    kernel.flushStreams();
    Output r = render(value);
    kernel.outputs.add(Output.display(r.text(), r.png()));
    return UUID.randomUUID().toString();
  }

  /**
   * A value as JJava renders it (its {@code Renderer} with the image renderer registered): an image
   * ({@link RenderedImage}, such as {@code ChartPicture.of(chart)}) as {@code image/png}, every
   * value as {@code text/plain} with {@link String#valueOf}, exactly as a real kernel stores it: a
   * plain {@code BufferedImage} would store its identity hash ({@code BufferedImage@5c33f1a9}),
   * which changes from run to run, so the notebooks show charts as {@code ChartPicture}s, whose
   * text is stable.
   */
  static Output render(Object value) {
    if (value instanceof RenderedImage image) {
      return new Output("result", String.valueOf(value), NotebookImages.png(image));
    }
    return new Output("result", String.valueOf(value));
  }

  private static Map<String, Object> json(Output o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", o.kind());
    m.put("text", o.text());
    if (o.hasImage()) {
      m.put("png", o.png());
    }
    return m;
  }

  /** Reads what {@link #main} wrote: the outputs of each code cell. */
  @SuppressWarnings("unchecked")
  static List<List<Output>> outputs(String json) {
    Map<String, Object> m = (Map<String, Object>) Json.parse(json);
    if (m.get("failure") != null) {
      throw new AssertionError(m.get("failure"));
    }
    List<List<Output>> outputs = new ArrayList<>();
    for (Object cell : (List<Object>) m.get("outputs")) {
      List<Output> os = new ArrayList<>();
      for (Object o : (List<Object>) cell) {
        Map<String, Object> x = (Map<String, Object>) o;
        os.add(new Output((String) x.get("kind"), (String) x.get("text"), (String) x.get("png")));
      }
      outputs.add(os);
    }
    return outputs;
  }

  /** The cell's source with each magic line blanked (line numbers kept); empty for a cell magic. */
  static String withoutMagics(String source) {
    if (source.stripLeading().startsWith("%%")) {
      return "";
    }
    return source
        .lines()
        .map(l -> l.stripLeading().startsWith("%") ? "" : l)
        .collect(Collectors.joining("\n"));
  }

  private String where(Cell cell) {
    return name + ", cell " + cell.number() + " (" + cell.firstLine() + ")";
  }

  private List<Output> run(Cell cell) {
    String code = withoutMagics(cell.source());
    System.out.flush();
    System.err.flush();
    out.reset();
    err.reset();
    outputs.clear();
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String rest = code;
    CompletionInfo info = analysis.analyzeCompletion(rest);
    Object value = Control.NONE;
    while (info.completeness().isComplete()) {
      int line = line(code, code.length() - rest.length(), rest);
      value = eval(cell, line, info.source());
      rest = info.remaining();
      info = analysis.analyzeCompletion(rest);
    }
    if (info.completeness() != SourceCodeAnalysis.Completeness.EMPTY) {
      throw new CellFailure(
          where(cell)
              + ", line "
              + line(code, code.length() - rest.length(), rest)
              + ": incomplete code:\n"
              + indent(rest));
    }
    flushStreams();
    if (value != Control.NONE && value != null) {
      outputs.add(render(value));
    }
    return List.copyOf(outputs);
  }

  /** What the cell printed since the last call, as stream outputs (stdout, then stderr). */
  private void flushStreams() {
    System.out.flush();
    System.err.flush();
    add("stdout", out);
    add("stderr", err);
  }

  private void add(String kind, ByteArrayOutputStream stream) {
    String text = stream.toString(StandardCharsets.UTF_8);
    stream.reset();
    if (!text.isEmpty()) {
      outputs.add(new Output(kind, text));
    }
  }

  /** The 1-based line in the cell where a snippet starts, past leading blank lines. */
  private static int line(String code, int offset, String rest) {
    int start = offset + (rest.length() - rest.stripLeading().length());
    return (int) code.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
  }

  /**
   * Runs one snippet; returns the value JJava would show for it, or {@link Control#NONE} when it
   * shows none.
   */
  private Object eval(Cell cell, int line, String source) {
    control.value = Control.NONE;
    Object shown = Control.NONE;
    for (SnippetEvent e : shell.eval(source)) {
      if (e.causeSnippet() != null) {
        continue;
      }
      String at = where(cell) + ", line " + line;
      if (e.status() == Snippet.Status.REJECTED) {
        throw new CellFailure(at + ": does not compile:\n" + indent(source) + diagnostics(e));
      }
      if (e.exception() != null) {
        throw new CellFailure(at + ": " + describe(e.exception()) + "\n" + indent(source));
      }
      if (!e.status().isDefined() && e.status() != Snippet.Status.RECOVERABLE_NOT_DEFINED) {
        throw new CellFailure(
            at + ": refers to something not defined:\n" + indent(source) + diagnostics(e));
      }
      if (SHOWN.contains(e.snippet().subKind())) {
        shown = control.value;
      }
    }
    return shown;
  }

  private String diagnostics(SnippetEvent e) {
    return shell
        .diagnostics(e.snippet())
        .map(d -> "  " + (d.isError() ? "error: " : "warning: ") + message(d) + "\n")
        .collect(Collectors.joining());
  }

  private static String message(Diag d) {
    return d.getMessage(Locale.ROOT).replace("\n", "\n  ");
  }

  private static String describe(JShellException x) {
    StringBuilder b = new StringBuilder("throws ");
    if (x instanceof EvalException ee) {
      b.append(ee.getExceptionClassName()).append(": ").append(ee.getMessage());
    } else if (x instanceof UnresolvedReferenceException u) {
      b.append("an unresolved reference in ").append(u.getSnippet().source().strip());
    } else {
      b.append(x);
    }
    for (StackTraceElement s : x.getStackTrace()) {
      if (s.getFileName() != null && s.getFileName().startsWith("#")) {
        break; // the snippet itself, shown below
      }
      b.append("\n    at ").append(s);
    }
    return b.toString();
  }

  private static String indent(String source) {
    return source.strip().lines().map(l -> "    | " + l + "\n").collect(Collectors.joining());
  }

  /**
   * JShell's in-process engine that also keeps the value a snippet returned, as JJava's does, so
   * that the cell shows {@code String.valueOf(value)} and not JShell's quoted rendering.
   */
  static final class Control extends DirectExecutionControl implements ExecutionControlProvider {
    /** No value: a statement or declaration ran, or nothing ran. */
    static final Object NONE = new Object();

    Object value = NONE;

    @Override
    protected String invoke(Method doitMethod) throws Exception {
      Object v = doitMethod.invoke(null);
      value = v;
      return valueString(v);
    }

    @Override
    public String name() {
      return "painstats-notebook";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
      return this;
    }
  }
}
