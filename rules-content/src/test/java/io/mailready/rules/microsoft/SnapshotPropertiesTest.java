package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.mailready.Checker;
import io.mailready.Finding;
import io.mailready.Report;
import io.mailready.ReportJson;
import io.mailready.Result;
import io.mailready.Status;
import io.mailready.snapshot.Domain;
import io.mailready.snapshot.IpRange;
import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.Platform;
import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.Snapshots;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Properties of every valid snapshot, over snapshots generated from the model itself (every record
 * of {@code io.mailready.snapshot}, each optional value absent or present, each list absent, empty
 * or with several entries, values from pools that the rules react to): it reads, {@code check}
 * never throws and no rule fails, every result has a status, every finding's subject is in the
 * snapshot, the JSON report is deterministic and valid against {@code report.schema.json}, and
 * reordering the mailboxes changes nothing but the order of the results.
 *
 * <p>The tries are bounded so that the class runs in well under a minute on two cores. Each run
 * draws a new seed; a failure names it, and {@code -Dmailready.seed=N} replays that run.
 */
class SnapshotPropertiesTest {
  private static final Checker CHECKER =
      Checker.builder()
          .clock(Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC))
          .build();
  private static final JsonSchema SCHEMA = schema();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger CHECKED = new AtomicInteger();

  private static final Map<String, String> REQUIRED =
      Map.of(
          "Snapshot.schema", "mailready/v1",
          "Tenant.name", "contoso.com");
  private static final List<String> DOMAINS =
      List.of("contoso.com", "fabrikam.com", "acquired.example", "Sub.Contoso.com");
  private static final List<String> STRINGS =
      List.of(
          "contoso.com",
          "alice@contoso.com",
          "Nylas",
          "Nylas-EWS/2.5",
          "python-EAS-Client 1.0",
          "python-EAS-Client",
          "*",
          "Nylas*",
          "*EAS*",
          "00000002-0000-0ff1-ce00-000000000000",
          "00000003-0000-0000-c000-000000000000",
          "6f1e2c3d-0000-4000-8000-000000000001",
          "3b5f3d61-589b-4a3c-a359-5dd4b5ee5bd5",
          "EWS.AccessAsUser.All EAS.AccessAsUser.All",
          "62e90394-69f5-4237-9190-012177145e10",
          "AllUsers",
          "All",
          "Office365",
          "00000002-0000-0ff1-ce00-000000000000 ",
          "autodiscover.outlook.com",
          "mail.contoso.com",
          "smtp:alias@contoso.com",
          "SMTP:alice@contoso.com",
          "ManagePermissionGrantsForSelf.microsoft-user-default-legacy",
          "ümlaut ☃ 😀",
          "x");
  private static final List<String> IPS =
      List.of("34.67.39.103", "34.67.39.0/24", "35.188.63.45", "10.0.0.0/8", "2001:db8::/32");

  private static final long SEED = Long.getLong("mailready.seed", new Random().nextLong());

  /**
   * Runs a property over {@code tries} generated snapshots; a failure names the run's seed and the
   * try, so that it can be replayed.
   */
  private static void forGenerated(int tries, long salt, Consumer<String> property) {
    Random random = new Random(SEED ^ salt);
    for (int i = 0; i < tries; i++) {
      String yaml = generate(random);
      try {
        property.accept(yaml);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            "try " + i + " of -Dmailready.seed=" + SEED + " failed on:\n" + yaml, e);
      }
    }
  }

  @Test
  void every_valid_snapshot_is_checked_whole_and_reported_the_same_every_time() {
    forGenerated(600, 1, SnapshotPropertiesTest::checkedWholeAndTheSame);
  }

  private static void checkedWholeAndTheSame(String yaml) {
    // GIVEN a generated snapshot, read twice
    Snapshot snapshot = read(yaml);
    // WHEN it is checked
    Report report = CHECKER.check(snapshot);
    CHECKED.incrementAndGet();
    // THEN every result has a status and no rule failed on it
    assertThat(report.results()).isNotEmpty().allSatisfy(r -> assertThat(r.status()).isNotNull());
    assertThat(report.results())
        .filteredOn(r -> r.status() == Status.ERROR)
        .extracting(Result::requirement, Result::reason)
        .as("%s", yaml)
        .isEmpty();
    // AND every finding's subject is in the snapshot
    Set<String> subjects = subjects(snapshot);
    assertThat(report.findings()).extracting(Finding::subject).allMatch(subjects::contains);
    assertThat(report.results()).extracting(Result::subject).allMatch(subjects::contains);
    // AND the JSON report is the same for the same snapshot read again, and valid
    String json = ReportJson.write(report);
    assertThat(ReportJson.write(CHECKER.check(read(yaml)))).isEqualTo(json);
    List<String> problems =
        SCHEMA.validate(readTree(json)).stream().map(ValidationMessage::getMessage).toList();
    assertThat(problems).as("%s", json).isEmpty();
  }

  @Test
  void reordering_the_mailboxes_changes_only_the_order_of_results() {
    forGenerated(200, 2, SnapshotPropertiesTest::reorderingChangesOnlyOrder);
  }

  private static void reorderingChangesOnlyOrder(String yaml) {
    // GIVEN a generated snapshot and the same with its mailboxes in reverse order
    Snapshot snapshot = read(yaml);
    if (snapshot.mailboxes() == null || snapshot.mailboxes().size() < 2) {
      return;
    }
    List<Mailbox> reversed = new ArrayList<>(snapshot.mailboxes());
    Collections.reverse(reversed);
    Snapshot other =
        new Snapshot(
            snapshot.schema(),
            snapshot.evaluatedAt(),
            snapshot.platform(),
            snapshot.tenant(),
            reversed);
    // WHEN both are checked
    Report report = CHECKER.check(snapshot);
    Report reordered = CHECKER.check(other);
    // THEN they have the same results and findings, in another order; a reason or message that
    // lists mailboxes may list them in another order, and one that cites the first mailbox as an
    // example (mailboxes[x].hostedIn is unset) may cite another
    assertThat(
            reordered.results().stream()
                .map(r -> unordered(r.requirement(), r.subject(), r.status(), r.reason())))
        .containsExactlyInAnyOrderElementsOf(
            report.results().stream()
                .map(r -> unordered(r.requirement(), r.subject(), r.status(), r.reason()))
                .toList());
    assertThat(
            reordered.findings().stream()
                .map(f -> unordered(f.requirement(), f.subject(), f.severity(), f.message())))
        .containsExactlyInAnyOrderElementsOf(
            report.findings().stream()
                .map(f -> unordered(f.requirement(), f.subject(), f.severity(), f.message()))
                .toList());
    assertThat(reordered.summary()).isEqualTo(report.summary());
  }

  /**
   * What a result or finding says, with the words of its text in any order (without sentence
   * periods) and the mailbox a text cites as an example left out.
   */
  private static List<Object> unordered(
      String requirement, String subject, Object status, String text) {
    List<String> words =
        text == null
            ? new ArrayList<String>()
            : new ArrayList<>(
                List.of(
                    text.replaceAll("mailboxes\\[[^\\]]*]", "mailboxes[*]")
                        // the period after the last item of a list moves with the order
                        .replaceAll("\\.(\\s|$)", "$1")
                        .split("[\\s,()]+")));
    Collections.sort(words);
    return List.of(requirement, subject, status, words);
  }

  private static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  static void printFigures() {
    // The Reliability section of the README quotes this line.
    System.out.println("SnapshotPropertiesTest: " + CHECKED.get() + " generated snapshots checked");
  }

  /**
   * The tenant, its domains, the mailboxes and the domains of their addresses (the text after the
   * last {@code @}, or the whole value, lower-cased, as {@code Texts.domainOf}): what a subject may
   * be.
   */
  private static Set<String> subjects(Snapshot snapshot) {
    Set<String> subjects = new HashSet<>();
    subjects.add(snapshot.tenant().name());
    if (snapshot.tenant().domains() != null) {
      snapshot.tenant().domains().stream().map(Domain::name).forEach(subjects::add);
    }
    if (snapshot.mailboxes() != null) {
      for (Mailbox mailbox : snapshot.mailboxes()) {
        subjects.add(mailbox.address());
        List<String> addresses = new ArrayList<>(mailbox.proxyAddresses());
        addresses.add(mailbox.address());
        addresses.add(mailbox.primarySmtpAddress());
        addresses.add(mailbox.userPrincipalName());
        addresses.add(mailbox.signInAddress());
        for (String address : addresses) {
          if (address != null) {
            subjects.add(Texts.domainOf(address));
          }
        }
      }
    }
    return subjects;
  }

  private static Snapshot read(String yaml) {
    return Snapshots.read(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "generated.yaml");
  }

  /** A snapshot as YAML flow text, generated from the model's record types. */
  static String generate(Random random) {
    return "# generated\n" + new Generator(random).record(Snapshot.class, 0) + "\n";
  }

  private static final class Generator {
    private final Random random;
    private int mailboxes;
    private final Set<String> domains = new HashSet<>();

    Generator(Random random) {
      this.random = random;
    }

    String record(Class<?> type, int depth) {
      StringBuilder text = new StringBuilder("{");
      for (RecordComponent component : type.getRecordComponents()) {
        String key = SparseSnapshotsTest.key(component);
        String required = REQUIRED.get(type.getSimpleName() + "." + key);
        String value;
        if (required != null) {
          value = quote(required);
        } else if (type == Mailbox.class && key.equals("address")) {
          value = quote("m" + (mailboxes++) + "@" + pick(DOMAINS).toLowerCase());
        } else if (type == Domain.class && key.equals("name")) {
          // Domain names are unique in a snapshot (the reader refuses a duplicate).
          String name = pick(DOMAINS);
          value = quote(domains.add(name) ? name : "d" + domains.size() + ".example");
          domains.add(value);
        } else if (key.equals("resourceAppId")) {
          value = quote(pick(STRINGS.subList(9, 12)));
        } else if (key.equals("schema")) {
          value = quote("mailready/v1");
        } else if (key.equals("notCollected")) {
          // Mostly absent; else some of this section's own fields (field-level "not collected").
          if (random.nextInt(4) != 0) {
            continue;
          }
          value = notCollected(type);
        } else if (type != Snapshot.class && random.nextInt(10) < 3) {
          continue; // absent; the top level's platform and tenant are required
        } else {
          value = value(component.getGenericType(), key, depth);
        }
        if (value != null) {
          text.append(text.length() > 1 ? ", " : "").append(key).append(": ").append(value);
        }
      }
      return text.append('}').toString();
    }

    private String value(Type type, String key, int depth) {
      if (type instanceof ParameterizedType list) {
        Type element = list.getActualTypeArguments()[0];
        int size =
            key.equals("mailboxes")
                ? random.nextInt(9)
                : random.nextInt(depth < 3 ? 4 : 2); // empty or a few entries
        List<String> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          String item = value(element, key, depth + 1);
          // A list entry cannot be empty; a single value may (it reads as unset).
          items.add(item.equals("\"\"") ? quote(pick(STRINGS)) : item);
        }
        return "[" + String.join(", ", items) + "]";
      }
      Class<?> cls = (Class<?>) type;
      if (cls.isRecord()) {
        return record(cls, depth + 1);
      }
      if (cls == String.class) {
        return quote(random.nextInt(20) == 0 ? "" : pick(STRINGS));
      }
      if (cls == Boolean.class) {
        return random.nextBoolean() ? "true" : "false";
      }
      if (cls == Integer.class) {
        return String.valueOf(random.nextInt(3000));
      }
      if (cls == LocalDate.class) {
        return LocalDate.of(2021, 1, 1).plusDays(random.nextInt(2000)).toString();
      }
      if (cls == Instant.class) {
        return String.valueOf(1_600_000_000L + random.nextInt(200_000_000));
      }
      if (cls == IpRange.class) {
        return quote(pick(IPS));
      }
      if (cls.isEnum()) {
        Object constant = cls.getEnumConstants()[random.nextInt(cls.getEnumConstants().length)];
        try {
          return quote((String) cls.getMethod("label").invoke(constant));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      throw new IllegalStateException("no generator for " + cls);
    }

    private String notCollected(Class<?> type) {
      List<String> fields = new ArrayList<>();
      for (RecordComponent component : type.getRecordComponents()) {
        boolean listable =
            !component.getName().equals("notCollected")
                && !(type == Platform.class && component.getName().equals("profile"));
        if (listable && random.nextInt(3) == 0) {
          fields.add(quote(component.getName()));
        }
      }
      return "[" + String.join(", ", fields) + "]";
    }

    private String pick(List<String> values) {
      return values.get(random.nextInt(values.size()));
    }

    private static String quote(String text) {
      StringBuilder quoted = new StringBuilder("\"");
      for (char c : text.toCharArray()) {
        if (c == '"' || c == '\\') {
          quoted.append('\\');
        }
        quoted.append(c);
      }
      return quoted.append('"').toString();
    }
  }

  private static JsonSchema schema() {
    try (InputStream in = ReportJson.class.getResourceAsStream("report.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
