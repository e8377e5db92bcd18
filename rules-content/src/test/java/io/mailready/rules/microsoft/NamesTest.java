package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.snapshot.AzureApp;
import io.mailready.snapshot.PermissionType;
import io.mailready.snapshot.RequiredResourceAccess;
import io.mailready.snapshot.ResourceAccess;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
  private static final List<String> RESOURCES = List.of("r-1 Resource One");
  private static final List<String> PERMISSIONS = List.of("r-1/p-1 Read.All", "r-1/p-2 Write.All");

  @Test
  void keys_compare_trimmed_and_ignoring_case_and_unknown_keys_show_as_they_are() {
    // GIVEN a table of "key name" entries
    List<String> table = List.of("abc-1 First Role", "def-2 Second Role");
    // WHEN keys are named
    List<String> names = Names.of(List.of(" ABC-1 ", "zzz-9 ", "def-2"), table);
    // THEN listed keys get their names, others are shown stripped
    assertThat(names).containsExactly("First Role", "zzz-9", "Second Role");
    assertThat(Names.find("nope", table)).isNull();
  }

  @Test
  void requested_permissions_are_named_by_resource_and_permission_with_application_marked() {
    // GIVEN an app requesting a known, an unknown and an application permission, on two resources
    AzureApp app =
        new AzureApp(
            "app",
            null,
            List.of(
                new RequiredResourceAccess(
                    "R-1",
                    List.of(
                        new ResourceAccess("P-1", PermissionType.SCOPE),
                        new ResourceAccess("p-9", PermissionType.SCOPE),
                        new ResourceAccess("p-2", PermissionType.ROLE))),
                new RequiredResourceAccess(
                    "r-2", List.of(new ResourceAccess("p-1", PermissionType.SCOPE)))));
    // WHEN its requests are named
    List<String> labels = Names.requested(app, RESOURCES, PERMISSIONS);
    // THEN each is resource/permission in request order, ids where the tables do not list them
    assertThat(labels)
        .containsExactly(
            "Resource One/Read.All",
            "Resource One/p-9",
            "Resource One/Write.All (application)",
            "r-2/p-1");
    assertThat(Names.requested(null, RESOURCES, PERMISSIONS)).isEmpty();
  }
}
