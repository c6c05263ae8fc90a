import java.nio.file.Path;
import org.painstats.sample.SampleDiaryGenerator;
import org.painstats.sample.SampleDiaryGenerator.Spec;

/**
 * Writes the benchmark diary, {@code SampleDiaryGenerator.Spec.tenYears()} (3,650 days, 10
 * factors, 7 activities, 6 approaches), to the path given. The generator's own {@code main} only
 * writes the one-year sample, so bench/compare runs this with the source launcher on the test
 * classpath: {@code java -cp target/test-classes:target/classes:DEPS TenYearDiary.java OUT.csv}.
 */
public final class TenYearDiary {
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: TenYearDiary OUT.csv");
      System.exit(2);
    }
    SampleDiaryGenerator.write(Spec.tenYears(), Path.of(args[0]));
  }
}
