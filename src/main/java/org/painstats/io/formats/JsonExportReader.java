package org.painstats.io.formats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.painstats.diary.DiaryFormatException;
import org.painstats.io.ColumnSpec;
import org.painstats.io.DiaryReader;
import org.painstats.io.DiaryRecords;
import org.painstats.io.FileHead;
import org.painstats.io.HeaderKind;
import org.painstats.io.ReaderOptions;

/**
 * Reads the JSON exports of trackers, streamed token by token: Fitbit Web API series ({@code
 * {"activities-steps":[{"dateTime":..,"value":"N"}]}}), Fitbit sleep logs ({@code
 * [{"dateOfSleep":..,"minutesAsleep":..}]}, as in the account archive and PMData) and Google Fit
 * aggregates ({@code {"bucket":[{"startTimeMillis":..,"dataset":[{"point":[{"value":[{"intVal":
 * N}]}]}]}]}}). Each element is a record named by its line; Google Fit's day is the UTC date of the
 * bucket's middle, which is the local date of a day bucket anywhere within twelve hours of UTC.
 */
public final class JsonExportReader implements DiaryReader {
  private static final JsonFactory JSON = new JsonFactory();

  @Override
  public String name() {
    return "tracker-json";
  }

  @Override
  public String description() {
    return "Fitbit JSON (activities-steps series, sleep logs) and Google Fit aggregate JSON"
        + " (bucket, dataset, point)";
  }

  @Override
  public boolean recognises(FileHead head) {
    String t = head.text().stripLeading();
    return (t.startsWith("{") || t.startsWith("["))
        && (t.contains("\"activities-")
            || t.contains("\"dateOfSleep\"")
            || t.contains("\"bucket\""));
  }

  @Override
  public DiaryRecords read(Path path, ReaderOptions options) {
    String file = path.toString();
    String head = FileHead.of(path).text();
    try (InputStream in = Files.newInputStream(path);
        JsonParser p = JSON.createParser(in)) {
      if (head.contains("\"bucket\"")) {
        return googleFit(p, file);
      }
      if (head.contains("\"dateOfSleep\"")) {
        return objects(
            p,
            file,
            "dateOfSleep",
            List.of("minutesAsleep", "timeInBed", "efficiency", "minutesAwake"),
            "minutesAsleep");
      }
      return fitbitSeries(p, file);
    } catch (JsonProcessingException e) {
      throw new DiaryFormatException(
          file
              + ": is not well-formed JSON (line "
              + e.getLocation().getLineNr()
              + ": "
              + e.getOriginalMessage()
              + ")",
          e);
    } catch (IOException e) {
      throw new DiaryFormatException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** {@code {"activities-steps":[{"dateTime":"2019-04-09","value":"4419"}, ...]}}. */
  private DiaryRecords fitbitSeries(JsonParser p, String file) throws IOException {
    LongTable t = new LongTable("dateTime");
    String series = "value";
    String date = null;
    String value = null;
    long line = 0;
    int depth = 0;
    for (JsonToken tok = p.nextToken(); tok != null; tok = p.nextToken()) {
      switch (tok) {
        case START_OBJECT -> {
          depth++;
          if (depth == 2) {
            date = null;
            value = null;
            line = p.currentLocation().getLineNr();
          }
        }
        case END_OBJECT -> {
          if (depth == 2) {
            t.row(line, date == null ? "" : date);
            t.set(series, ColumnSpec.of(HeaderKind.FACTOR), value == null ? "" : value, line);
          }
          depth--;
        }
        case FIELD_NAME -> {
          String n = p.currentName();
          if (depth == 1 && n.startsWith("activities-")) {
            series = n.substring("activities-".length());
          } else if (depth == 2 && n.equals("dateTime")) {
            p.nextToken();
            date = p.getText();
          } else if (depth == 2 && n.equals("value")) {
            p.nextToken();
            value = p.getText();
          }
        }
        default -> {}
      }
    }
    return t.records(file, "fitbit", List.of(), Optional.of(series));
  }

  /** An array of objects, one record each, dated by {@code dateField}. */
  private DiaryRecords objects(
      JsonParser p, String file, String dateField, List<String> numbers, String outcome)
      throws IOException {
    LongTable t = new LongTable(dateField);
    int depth = 0;
    for (JsonToken tok = p.nextToken(); tok != null; tok = p.nextToken()) {
      if (tok == JsonToken.START_OBJECT) {
        depth++;
        if (depth == 1) {
          t.row(p.currentLocation().getLineNr(), "");
        }
      } else if (tok == JsonToken.END_OBJECT) {
        depth--;
      } else if (tok == JsonToken.START_ARRAY && depth >= 1) {
        p.skipChildren();
      } else if (tok == JsonToken.FIELD_NAME && depth == 1) {
        String n = p.currentName();
        JsonToken v = p.nextToken();
        if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
          p.skipChildren();
        } else if (n.equals(dateField)) {
          t.setDate(p.getText());
        } else if (numbers.contains(n)) {
          t.set(n, ColumnSpec.of(HeaderKind.FACTOR), p.getText(), p.currentLocation().getLineNr());
        }
      }
    }
    return t.records(file, "fitbit", List.of(), Optional.of(outcome));
  }

  /** Google Fit: the sum of the points' values of each day bucket. */
  private DiaryRecords googleFit(JsonParser p, String file) throws IOException {
    LongTable t = new LongTable("day");
    int depth = 0;
    int bucketDepth = -1;
    long start = 0;
    long end = 0;
    double sum = 0;
    int points = 0;
    long line = 0;
    String type = "steps";
    for (JsonToken tok = p.nextToken(); tok != null; tok = p.nextToken()) {
      switch (tok) {
        case START_OBJECT, START_ARRAY -> {
          depth++;
          if (tok == JsonToken.START_OBJECT && depth == bucketDepth + 1 && bucketDepth > 0) {
            start = 0;
            end = 0;
            sum = 0;
            points = 0;
            line = p.currentLocation().getLineNr();
          }
        }
        case END_OBJECT, END_ARRAY -> {
          if (tok == JsonToken.END_OBJECT && depth == bucketDepth + 1 && bucketDepth > 0) {
            String day =
                Instant.ofEpochMilli(start + (end - start) / 2)
                    .atOffset(ZoneOffset.UTC)
                    .toLocalDate()
                    .toString();
            t.row(line, day);
            t.set(type, ColumnSpec.of(HeaderKind.FACTOR), points == 0 ? "" : fmt(sum), line);
          }
          depth--;
        }
        case FIELD_NAME -> {
          String n = p.currentName();
          if (n.equals("bucket")) {
            bucketDepth = depth + 1;
          } else if (depth == bucketDepth + 1 && n.equals("startTimeMillis")) {
            p.nextToken();
            start = Long.parseLong(p.getText());
          } else if (depth == bucketDepth + 1 && n.equals("endTimeMillis")) {
            p.nextToken();
            end = Long.parseLong(p.getText());
          } else if (n.equals("dataSourceId")) {
            p.nextToken();
            type = p.getText().contains("step_count") ? "steps" : p.getText();
          } else if (n.equals("intVal") || n.equals("fpVal")) {
            p.nextToken();
            sum += p.getDoubleValue();
            points++;
          }
        }
        default -> {}
      }
    }
    return t.records(file, "googlefit", List.of(), Optional.of(type));
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
