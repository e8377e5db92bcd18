package io.mailready.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobsTest {
  @Test
  void a_star_matches_any_text_and_the_whole_value_must_match() {
    assertThat(Globs.matches("python-EAS-Client*", "python-EAS-Client 1.0", false)).isTrue();
    assertThat(Globs.matches("*", "", false)).isTrue();
    assertThat(Globs.matches("O365-*", "O365-AUTH-002", false)).isTrue();
    assertThat(Globs.matches("svc-*@contoso.com", "svc-scanner@contoso.com", false)).isTrue();
    assertThat(Globs.matches("Nylas", "Nylas-EWS/2.5", false)).as("no partial match").isFalse();
  }

  @Test
  void other_characters_match_themselves_even_regex_ones() {
    assertThat(Globs.matches("a.b", "a.b", false)).isTrue();
    assertThat(Globs.matches("a.b", "axb", false)).isFalse();
    assertThat(Globs.matches("(x)+", "(x)+", false)).isTrue();
  }

  @Test
  void case_is_ignored_only_when_asked() {
    assertThat(Globs.matches("nylas*", "Nylas-EWS/2.5", true)).isTrue();
    assertThat(Globs.matches("nylas*", "Nylas-EWS/2.5", false)).isFalse();
    assertThat(Globs.matches(null, "x", true)).isFalse();
  }
}
