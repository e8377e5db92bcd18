package io.mailready.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
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

  @Test
  void hostile_globs_match_in_linear_time() {
    // GIVEN globs that made the former regular expressions backtrack for seconds or forever
    String value = "a".repeat(40);
    String stars = "*a".repeat(20) + "*b";
    String manyStars = "*".repeat(10_000) + "b";
    String longValue = "a".repeat(1_000_000);
    // WHEN matched THEN each answers at once
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> {
          assertThat(Globs.matches(stars, value, false)).isFalse();
          assertThat(Globs.matches(stars, value + "b", true)).isTrue();
          assertThat(Globs.matches(manyStars, longValue, false)).isFalse();
          assertThat(Globs.matches("*a*a*a*a*a*a*a*a*a*a*a*a*b", longValue, true)).isFalse();
          assertThat(Globs.matches("a".repeat(1_000) + "*", longValue, false)).isTrue();
        });
  }

  @Test
  void matches_as_the_equivalent_regular_expression_on_every_small_case() {
    // GIVEN every glob up to 5 characters over {a, b, *} and every value up to 6 over {a, b, A}
    List<String> globs = words("ab*", 5);
    List<String> values = words("abA", 6);
    for (String glob : globs) {
      for (boolean caseInsensitive : new boolean[] {false, true}) {
        Pattern regex =
            Pattern.compile(
                String.join(
                    ".*", Arrays.stream(glob.split("\\*", -1)).map(Pattern::quote).toList()),
                caseInsensitive ? Pattern.CASE_INSENSITIVE : 0);
        for (String value : values) {
          // WHEN both match THEN they agree
          assertThat(Globs.matches(glob, value, caseInsensitive))
              .as("'%s' against '%s' (case-insensitive: %s)", glob, value, caseInsensitive)
              .isEqualTo(regex.matcher(value).matches());
        }
      }
    }
  }

  private static List<String> words(String alphabet, int maxLength) {
    List<String> words = new ArrayList<>(List.of(""));
    for (int start = 0, length = 1; length <= maxLength; length++) {
      int end = words.size();
      for (int i = start; i < end; i++) {
        for (char c : alphabet.toCharArray()) {
          words.add(words.get(i) + c);
        }
      }
      start = end;
    }
    return words;
  }
}
