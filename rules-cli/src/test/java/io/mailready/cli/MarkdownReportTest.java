package io.mailready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownReportTest {
  @Test
  void printsTheVerdictCountsFindingsCollapsibleFixesAndWaivedFindings() {
    // GIVEN the fabrikam snapshot: ready, one WARNING, one INFO without fixes, one waived ERROR
    // WHEN it is checked with --format markdown
    CliRun run = CliRun.run("check", "--format", "markdown", TestSnapshots.DIR + "fabrikam.yaml");

    // THEN the Markdown has the verdict, the counts, the findings table, the fixes and the waiver
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            """
            ## ✅ READY: fabrikam.com

            Evaluated 2025-06-01 with microsoft-email-admin 1.0.0. Nothing blocks sync.

            | Severity | Findings |
            |:--|--:|
            | 🛑 Blocker | 0 |
            | 🔴 Error | 0 |
            | 🟠 Warning | 1 |
            | 🔵 Info | 1 |
            | Waived | 1 |
            | Unknown | 0 |
            | Rule errors | 0 |

            ### Findings

            | Severity | Requirement | Subjects | Message |
            |:--|:--|:--|:--|
            | 🟠 Warning | `EXCH-EWS-002` EWS on for the mailbox | erin@fabrikam.com | EWS is disabled\
             for erin@fabrikam.com (Get-CASMailbox EwsEnabled = false) |
            | 🔵 Info | `GEN-SET-001` Suggested Office 365 settings | fabrikam.com | review the guide's\
             suggested Office 365 settings |

            ### Fixes

            <details>
            <summary><b>EXCH-EWS-002</b> erin@fabrikam.com: EWS on for the mailbox</summary>

            EWS is disabled for erin@fabrikam.com (Get-CASMailbox EwsEnabled = false)

            1. Turn on EWS for the mailbox.

               ```powershell
               Set-CASMailbox -Identity erin@fabrikam.com -EwsEnabled $true
               ```

            </details>

            <details>
            <summary><b>GEN-SET-001</b> fabrikam.com: Suggested Office 365 settings</summary>

            review the guide's suggested Office 365 settings

            No fix is known; see the references.

            </details>

            ### Waived

            | Severity | Requirement | Subjects | Waiver |
            |:--|:--|:--|:--|
            | 🔴 Error | `O365-AUTH-002` No Basic auth to Exchange Online | scanner@fabrikam.com | by\
             ops@fabrikam.com until 2025-07-31: the scanner is retired in July |
            """);
  }

  @Test
  void escapesTableBreaksHtmlAndEmphasisButKeepsCodeSpans() {
    // GIVEN prose with a pipe, a line break, markup, emphasis characters and a code span
    String text = "a | b\n<script>x</script> *not* _em_ [link] `Set-X -Y <z>|w` & done";
    // WHEN it is written as a table cell
    String cell = MarkdownReport.cell(text);
    // THEN the cell cannot break the table or open a tag, and the code span is kept
    assertThat(cell)
        .isEqualTo(
            "a \\| b<br>&lt;script&gt;x&lt;/script&gt; \\*not\\* \\_em\\_ \\[link\\]"
                + " `Set-X -Y <z>\\|w` &amp; done");
  }

  @Test
  void fencesCodeWithMoreBackticksThanItHolds() {
    // GIVEN a command that holds a run of three backticks
    // WHEN it is fenced
    // THEN the fence is four backticks long
    assertThat(MarkdownReport.codeBlock("powershell", "Write-Host ```x```"))
        .isEqualTo("\n````powershell\nWrite-Host ```x```\n````\n");
  }
}
