package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {
  @Test
  void common_name_is_the_value_of_a_leading_cn_rdn_else_the_text() {
    // GIVEN group names as distinguished names and as plain names
    // WHEN their common names are taken
    // THEN a DN gives its first RDN's value, trimmed, with escaped commas kept as commas
    assertThat(Texts.commonName("CN=Domain Admins,CN=Users,DC=fabrikam,DC=local"))
        .isEqualTo("Domain Admins");
    assertThat(Texts.commonName(" cn= Smith\\, John ,OU=Staff")).isEqualTo("Smith, John");
    assertThat(Texts.commonName("CN=Backup Operators")).isEqualTo("Backup Operators");
    // AND any other text is the name itself, trimmed
    assertThat(Texts.commonName(" Helpdesk ")).isEqualTo("Helpdesk");
    assertThat(Texts.commonName("OU=Groups,DC=fabrikam")).isEqualTo("OU=Groups,DC=fabrikam");
  }

  @Test
  void first_is_the_first_text_trimmed_or_null_for_an_empty_list() {
    // GIVEN a list of two texts and an empty list
    // WHEN their first texts are taken
    // THEN the first is the first element, trimmed, and null for the empty list
    assertThat(Texts.first(List.of(" EX01 ", "EX02"))).isEqualTo("EX01");
    assertThat(Texts.first(List.of())).isNull();
  }
}
