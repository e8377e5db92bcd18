package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.rule.Config;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntraRolesTest {
  private static final String GLOBAL_ADMIN = "62e90394-69f5-4237-9190-012177145e10";
  private static final String GLOBAL_READER = "f2ef992c-3afb-46b9-b7cf-a126ee74c451";

  private static Config config(List<String> adminRoleTemplateIds) {
    Map<String, Object> values = new HashMap<>();
    values.put("adminRoleTemplateIds", adminRoleTemplateIds);
    return Config.of(values);
  }

  @Test
  void every_held_role_counts_when_adminRoleTemplateIds_is_unset() {
    // GIVEN the default configuration (null = any role)
    // WHEN a user holds two roles
    List<String> counted =
        EntraRoles.adminRoles(List.of(GLOBAL_ADMIN, " " + GLOBAL_READER + " "), config(null));
    // THEN both count, trimmed
    assertThat(counted).containsExactly(GLOBAL_ADMIN, GLOBAL_READER);
  }

  @Test
  void only_listed_roles_count_when_adminRoleTemplateIds_is_configured() {
    // GIVEN a configured list naming Global Administrator in upper case
    Config config = config(List.of(GLOBAL_ADMIN.toUpperCase()));
    // WHEN a user holds Global Administrator and Global Reader
    List<String> counted = EntraRoles.adminRoles(List.of(GLOBAL_ADMIN, GLOBAL_READER), config);
    // THEN only Global Administrator counts (compared with ≈)
    assertThat(counted).containsExactly(GLOBAL_ADMIN);
    assertThat(EntraRoles.adminRoles(List.of(GLOBAL_READER), config)).isEmpty();
  }

  @Test
  void role_names_come_from_the_table_and_unknown_ids_are_shown_as_is() {
    // GIVEN a known id in upper case and an unknown id
    // WHEN the names are looked up
    List<String> names =
        EntraRoles.names(List.of(GLOBAL_READER.toUpperCase(), "11111111-2222-3333-4444-5555"));
    // THEN f2ef992c is Global Reader (not Exchange Administrator) and the unknown id stays
    assertThat(names).containsExactly("Global Reader", "11111111-2222-3333-4444-5555");
    assertThat(EntraRoles.names(List.of("29232cdf-9323-42fd-ade2-1d097af3e4de")))
        .containsExactly("Exchange Administrator");
  }
}
