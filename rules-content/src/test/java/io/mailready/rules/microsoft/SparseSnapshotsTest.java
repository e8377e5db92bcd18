package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.Checker;
import io.mailready.Report;
import io.mailready.Result;
import io.mailready.Status;
import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.Snapshots;
import java.io.ByteArrayInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Snapshots with every section present and every optional value absent: every record of the model
 * is there, every list of records has one element with only its required properties. No rule may
 * dereference an optional value unguarded: no result is ERROR, for each deployment, host and
 * profile.
 */
class SparseSnapshotsTest {
  private static final Checker CHECKER = Checker.standard();

  /** The properties the reader requires (SnapshotReader.REQUIRED), with a value. */
  private static final Map<String, String> REQUIRED =
      Map.of(
          "Snapshot.schema", "mailready/v1",
          "Tenant.name", "t.example",
          "Mailbox.address", "a@t.example",
          "Domain.name", "t.example",
          "RequiredResourceAccess.resourceAppId", "00000002-0000-0ff1-ce00-000000000000");

  @TestFactory
  Stream<DynamicTest> no_rule_fails_on_a_snapshot_without_optional_values() {
    List<Map<String, String>> variants =
        List.of(
            Map.of(),
            Map.of("Tenant.deployment", "exchange-online", "Mailbox.hostedIn", "exchange-online"),
            Map.of("Tenant.deployment", "exchange-server", "Mailbox.hostedIn", "exchange-server"),
            Map.of(
                "Tenant.deployment",
                "hybrid",
                "Mailbox.hostedIn",
                "exchange-online",
                "Platform.profile",
                "graph",
                "AzureApp.appId",
                "app-1"),
            Map.of(
                "Tenant.deployment",
                "hybrid",
                "Mailbox.hostedIn",
                "exchange-server",
                "Platform.profile",
                "legacy",
                "AzureApp.appId",
                "app-1",
                "Platform.name",
                "Nylas"));
    return variants.stream()
        .map(
            variant ->
                DynamicTest.dynamicTest(
                    variant.isEmpty() ? "nothing set" : variant.toString(),
                    () -> {
                      // GIVEN a sparse snapshot with the variant's values
                      Map<String, String> values = new LinkedHashMap<>(REQUIRED);
                      values.putAll(variant);
                      String yaml = "# sparse\n" + yaml(Snapshot.class, values) + "\n";
                      // WHEN it is read and checked
                      Snapshot snapshot =
                          Snapshots.read(
                              new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                              "sparse.yaml");
                      Report report = CHECKER.check(snapshot);
                      // THEN every requirement has results, none of them ERROR
                      assertThat(report.results()).isNotEmpty();
                      assertThat(report.results())
                          .filteredOn(r -> r.status() == Status.ERROR)
                          .extracting(Result::requirement, Result::reason)
                          .as(yaml)
                          .isEmpty();
                    }));
  }

  /** A flow mapping of a record type: nested records present, lists of records with one element. */
  static String yaml(Class<?> type, Map<String, String> values) {
    StringBuilder text = new StringBuilder("{");
    for (RecordComponent component : type.getRecordComponents()) {
      String key = key(component);
      String value = values.get(type.getSimpleName() + "." + key);
      if (value == null && component.getType().isRecord()) {
        value = yaml(component.getType(), values);
      } else if (value == null && component.getType() == List.class) {
        Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
        value = element instanceof Class<?> c && c.isRecord() ? "[" + yaml(c, values) + "]" : "[]";
      }
      if (value != null) {
        text.append(text.length() > 1 ? ", " : "").append(key).append(": ").append(value);
      }
    }
    return text.append('}').toString();
  }

  /** The key of a component in the format: its @SnapshotKey, else its name. */
  static String key(RecordComponent component) {
    for (Annotation annotation : component.getAnnotations()) {
      if (annotation.annotationType().getSimpleName().equals("SnapshotKey")) {
        try {
          Method value = annotation.annotationType().getDeclaredMethod("value");
          value.setAccessible(true);
          return (String) value.invoke(annotation);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return component.getName();
  }
}
