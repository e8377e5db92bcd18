package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {
  private static final List<String> PROXIES =
      List.of("smtp:c.jones@contoso.com", "SMTP: carol@contoso.com ", "smtp: Carol.J@contoso.com");

  @Test
  void or_else_takes_the_fallback_only_for_an_unset_value() {
    // GIVEN a set value, a blank one and null
    // WHEN each is read with a fallback
    // THEN a set value is kept as it is, and blank and null give the fallback
    assertThat(Texts.orElse(" a@x ", "b@x")).isEqualTo(" a@x ");
    assertThat(Texts.orElse(" ", "b@x")).isEqualTo("b@x");
    assertThat(Texts.orElse(null, "b@x")).isEqualTo("b@x");
  }

  @Test
  void strip_keeps_null() {
    // GIVEN a padded value and null WHEN stripped THEN the value loses its padding, null stays null
    assertThat(Texts.strip("  a@x ")).isEqualTo("a@x");
    assertThat(Texts.strip(null)).isNull();
  }

  @Test
  void proxy_address_is_the_first_entry_with_the_prefix_in_its_exact_case() {
    // GIVEN proxy addresses with one upper-case SMTP entry among lower-case ones
    // WHEN the SMTP: address is looked up
    // THEN it is the upper-case entry's address, stripped; a prefix no entry has gives the fallback
    assertThat(Texts.proxyAddress(PROXIES, "SMTP:", "fallback")).isEqualTo("carol@contoso.com");
    assertThat(Texts.proxyAddress(PROXIES, "smtp:", "fallback")).isEqualTo("c.jones@contoso.com");
    assertThat(Texts.proxyAddress(PROXIES, "X500:", "fallback")).isEqualTo("fallback");
    assertThat(Texts.proxyAddress(List.of(), "SMTP:", null)).isNull();
  }

  @Test
  void proxy_addresses_are_every_entry_with_the_prefix_in_order() {
    // GIVEN the proxy addresses WHEN the smtp: (lower case) addresses are listed
    // THEN they come in order, stripped, without the upper-case entry
    assertThat(Texts.proxyAddresses(PROXIES, "smtp:"))
        .containsExactly("c.jones@contoso.com", "Carol.J@contoso.com");
    assertThat(Texts.proxyAddresses(PROXIES, "X500:")).isEmpty();
  }

  @Test
  void proxy_entry_is_the_first_stored_entry_whose_address_matches_ignoring_case() {
    // GIVEN the proxy addresses WHEN an entry is looked up by an address written another way
    // THEN the entry comes back as stored; the prefix's case counts, the address's does not
    assertThat(Texts.proxyEntry(PROXIES, "smtp:", " CAROL.J@contoso.com"))
        .isEqualTo("smtp: Carol.J@contoso.com");
    assertThat(Texts.proxyEntry(PROXIES, "smtp:", "carol@contoso.com")).isNull();
    assertThat(Texts.proxyEntry(PROXIES, "SMTP:", "carol@contoso.com"))
        .isEqualTo("SMTP: carol@contoso.com ");
  }

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
