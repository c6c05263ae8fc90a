package org.painstats.io.formats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.painstats.diary.DiaryFormatException;
import org.painstats.diary.Issue;
import org.painstats.diary.Scale;
import org.painstats.io.ColumnSpec;
import org.painstats.io.DiaryReader;
import org.painstats.io.DiaryRecords;
import org.painstats.io.FileHead;
import org.painstats.io.HeaderKind;
import org.painstats.io.ReaderOptions;

/**
 * Reads Exist.io's JSON archive: a zip holding one file per attribute, each an array of {@code
 * {"date":"YYYY-MM-DD","value":...}}; or one such attribute file on its own. The attribute is named
 * by its file ({@code mood.json}, {@code custom_back_pain_2023.json}: a year suffix is dropped, so
 * a year's files join one column). Files of other shapes ({@code averages.json}, {@code
 * correlations.json}) are left out with a note.
 *
 * <p>Records are numbered through the archive's attribute files in name order, one line per value;
 * a note on the file gives each file's range of lines. Mood is on Exist's 1-9 scale. An attribute
 * whose values are all 0 or 1 is a custom tag, read as an activity (said in a note); a text
 * attribute ({@code mood_note}) is text; {@code location} ("lat,lon") is not a diary value and is
 * left out. The outcome is the first attribute whose name says pain, else mood.
 */
public final class ExistReader implements DiaryReader {
  private static final JsonFactory JSON = new JsonFactory();
  private static final Scale MOOD = Scale.of(1, 9, false);
  // one attribute's file opens with its first dated value; looked at in place, so that the head of
  // every other file tried (a CSV diary) is not copied and scanned whole
  private static final Pattern ATTRIBUTE_FILE =
      Pattern.compile(
          "\\s*\\[\\s*\\{\\s*\"date\"\\s*:\\s*\"\\d{4}-\\d{2}-\\d{2}\"\\s*,\\s*\"value\"\\s*:");
  private static final Set<String> LEFT_OUT = Set.of("location", "location_name");

  /** One attribute file's values, in file order. */
  private record Attribute(String name, String file, List<String> dates, List<String> values) {
    boolean isText() {
      return values.stream().anyMatch(v -> !v.isEmpty() && !isNumber(v));
    }

    boolean isTag() {
      return values.stream().allMatch(v -> v.isEmpty() || v.equals("0") || v.equals("1"))
          && values.contains("1");
    }
  }

  @Override
  public String name() {
    return "exist";
  }

  @Override
  public String description() {
    return "Exist.io JSON archive (zip of attribute files [{\"date\":..,\"value\":..}]) or one"
        + " attribute file";
  }

  @Override
  public boolean recognises(FileHead head) {
    String t = head.text();
    // a zip naming a JSON file early; an Office or OpenDocument file is a zip too, and is left to
    // the spreadsheet reader's "export the sheet as CSV"
    return (t.startsWith("PK\u0003\u0004")
            && t.contains(".json")
            && !t.contains("[Content_Types].xml")
            && !t.contains("mimetype"))
        || ATTRIBUTE_FILE.matcher(t).lookingAt();
  }

  @Override
  public DiaryRecords read(Path path, ReaderOptions options) {
    String file = path.toString();
    List<Attribute> attributes = new ArrayList<>();
    List<Issue> notes = new ArrayList<>();
    if (FileHead.of(path).text().startsWith("PK\u0003\u0004")) {
      readArchive(path, attributes, notes);
    } else {
      try (InputStream in = Files.newInputStream(path)) {
        attribute(in, file, path.getFileName().toString())
            .ifPresentOrElse(
                attributes::add,
                () -> {
                  throw new DiaryFormatException(
                      file + ": is not an Exist attribute file ([{\"date\":..,\"value\":..}])");
                });
      } catch (IOException e) {
        throw new DiaryFormatException(file + ": cannot be read (" + e.getMessage() + ")", e);
      }
    }
    return records(file, attributes, notes);
  }

  private void readArchive(Path path, List<Attribute> attributes, List<Issue> notes) {
    String file = path.toString();
    try (ZipFile zip = new ZipFile(path.toFile())) {
      List<? extends ZipEntry> entries =
          zip.stream()
              .filter(e -> !e.isDirectory())
              .sorted(Comparator.comparing(ZipEntry::getName))
              .toList();
      for (ZipEntry e : entries) {
        if (!e.getName().toLowerCase(Locale.ROOT).endsWith(".json")) {
          notes.add(note(e.getName(), "is not a JSON file", "left out"));
          continue;
        }
        try (InputStream in = zip.getInputStream(e)) {
          Optional<Attribute> a = attribute(in, file + "!" + e.getName(), e.getName());
          if (a.isPresent()) {
            attributes.add(a.get());
          } else {
            notes.add(note(e.getName(), "is not an attribute file (date and value)", "left out"));
          }
        }
      }
    } catch (ZipException e) {
      throw new DiaryFormatException(
          file + ": is not a readable zip archive (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new DiaryFormatException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    if (attributes.isEmpty()) {
      throw new DiaryFormatException(
          file + ": is a zip archive without Exist attribute files ([{\"date\":..,\"value\":..}])");
    }
  }

  /** An attribute file's values, or empty when the JSON is not an array of dated values. */
  private static Optional<Attribute> attribute(InputStream in, String where, String entry)
      throws IOException {
    List<String> dates = new ArrayList<>();
    List<String> values = new ArrayList<>();
    try (JsonParser p = JSON.createParser(in)) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        return Optional.empty();
      }
      for (JsonToken tok = p.nextToken(); tok == JsonToken.START_OBJECT; tok = p.nextToken()) {
        String date = null;
        String value = "";
        for (JsonToken f = p.nextToken(); f == JsonToken.FIELD_NAME; f = p.nextToken()) {
          String n = p.currentName();
          JsonToken v = p.nextToken();
          if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
            p.skipChildren();
          } else if (n.equals("date")) {
            date = p.getText();
          } else if (n.equals("value")) {
            value = v == JsonToken.VALUE_NULL ? "" : p.getText();
          }
        }
        if (date == null) {
          return Optional.empty();
        }
        dates.add(date);
        values.add(value);
      }
    } catch (JsonProcessingException e) {
      throw new DiaryFormatException(
          where
              + ": is not well-formed JSON (line "
              + e.getLocation().getLineNr()
              + ": "
              + e.getOriginalMessage()
              + ")",
          e);
    }
    return Optional.of(new Attribute(attributeName(entry), entry, dates, values));
  }

  /** {@code data/custom_back_pain_2023.json} is the attribute "custom back pain". */
  static String attributeName(String entry) {
    String n = entry.substring(entry.lastIndexOf('/') + 1);
    n = n.replaceFirst("(?i)\\.json$", "").replaceFirst("_(19|20)\\d\\d$", "");
    return n.replace('_', ' ').strip();
  }

  private DiaryRecords records(String file, List<Attribute> attributes, List<Issue> notes) {
    LongTable t = new LongTable("date");
    List<String> ranges = new ArrayList<>();
    long line = 0;
    for (Attribute a : attributes) {
      String key = a.name().toLowerCase(Locale.ROOT).replace(' ', '_');
      if (LEFT_OUT.contains(key)) {
        notes.add(note(a.file(), "is a place, not a diary value", "left out"));
        continue;
      }
      ColumnSpec spec;
      if (a.isText()) {
        spec = ColumnSpec.of(HeaderKind.TEXT);
      } else if (key.equals("mood")) {
        spec = ColumnSpec.factor(MOOD);
      } else if (a.isTag()) {
        spec = ColumnSpec.of(HeaderKind.FLAG);
        notes.add(
            note(
                a.file(),
                "has only the values 0 and 1",
                "read as a tag (an activity on days of 1)"));
      } else {
        spec = ColumnSpec.of(HeaderKind.FACTOR);
      }
      long first = line + 1;
      for (int i = 0; i < a.dates().size(); i++) {
        line++;
        t.row(line, a.dates().get(i));
        String v = a.values().get(i);
        if (spec.kind() == HeaderKind.FLAG) {
          v = v.equals("1") ? "yes" : "";
        }
        t.set(a.name(), spec, v, line);
      }
      ranges.add(a.file() + " lines " + first + "-" + line);
    }
    List<Issue> fileIssues = new ArrayList<>();
    fileIssues.add(
        new Issue(
            0,
            "",
            "",
            "lines count the values of the archive's files in name order: "
                + String.join(", ", ranges),
            "nothing changed",
            Issue.Kind.NOTE));
    fileIssues.addAll(notes);
    Optional<String> outcome =
        attributes.stream()
            .map(Attribute::name)
            .filter(n -> n.toLowerCase(Locale.ROOT).contains("pain"))
            .findFirst()
            .or(
                () ->
                    attributes.stream()
                        .map(Attribute::name)
                        .filter(n -> n.equalsIgnoreCase("mood") || attributes.size() == 1)
                        .findFirst());
    return t.records(file, name(), fileIssues, outcome);
  }

  private static Issue note(String entry, String problem, String action) {
    return new Issue(
        0,
        "",
        entry,
        problem,
        action,
        action.equals("left out") ? Issue.Kind.DROPPED : Issue.Kind.NOTE);
  }

  private static boolean isNumber(String v) {
    return v.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
  }
}
