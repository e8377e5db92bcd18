package io.mailready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextReportTest {

  @Test
  void wrapsProseBetweenWordsAndIndentsContinuationLines() {
    // GIVEN a sentence longer than the width
    String text = "EWS is disabled for the mailbox and ActiveSync is disabled too";

    // WHEN it is wrapped at 30 columns, indented by 4 then 6
    // THEN no line is longer than 30 and no word is cut
    assertThat(TextReport.wrap(text, 4, 6, 30))
        .containsExactly(
            "    EWS is disabled for the", "      mailbox and ActiveSync", "      is disabled too");
  }

  @Test
  void keepsAWordLongerThanTheWidthWholeOnItsOwnLine() {
    // GIVEN a URL longer than the width
    String text = "see https://learn.microsoft.com/exchange/client-developer/ews for details";

    // WHEN it is wrapped at 30 columns
    // THEN the URL is not cut
    assertThat(TextReport.wrap(text, 2, 4, 30))
        .containsExactly(
            "  see",
            "    https://learn.microsoft.com/exchange/client-developer/ews",
            "    for details");
  }

  @Test
  void keepsTheLineBreaksOfTheTextAndDropsBlankOnes() {
    // GIVEN a text of two paragraphs with extra spaces and a blank line
    String text = "first  paragraph\n\n  second paragraph\n";

    // WHEN it is wrapped
    // THEN each paragraph starts a line, continuation-indented after the first
    assertThat(TextReport.wrap(text, 2, 4, 100))
        .containsExactly("  first paragraph", "    second paragraph");
  }

  @Test
  void wrapsAnAdminCenterPathOnlyBeforeAStep() {
    // GIVEN an admin-center path longer than the width
    String path = "Microsoft Entra admin center > Identity > Enterprise applications > Nylas";

    // WHEN it is wrapped at 50 columns
    // THEN lines break before a '>' and never inside a step
    assertThat(TextReport.wrapPath(path, 2, 4, 50))
        .containsExactly(
            "  Microsoft Entra admin center > Identity", "    > Enterprise applications > Nylas");
  }
}
