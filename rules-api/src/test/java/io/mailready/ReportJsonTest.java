package io.mailready;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.snapshot.IpRange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
  private static final String PACK = "microsoft-email-admin";

  private static final Finding BLOCKER =
      new Finding(
          "EXCH-SYNC-001",
          "At least one of EWS and ActiveSync works",
          Severity.BLOCKER,
          Obligation.MUST,
          SubjectKind.MAILBOX,
          "carol@contoso.com",
          "neither EWS nor ActiveSync works for carol@contoso.com",
          orderedMap("casMailbox.ewsEnabled", false, "casMailbox.activeSyncEnabled", false),
          List.of(
              new Fix(
                  "Turn on EWS for the mailbox.",
                  "Exchange admin center > Recipients > Mailboxes > carol@contoso.com",
                  "Set-CASMailbox -Identity carol@contoso.com -EwsEnabled $true",
                  null)),
          List.of(
              "https://learn.microsoft.com/powershell/module/exchangepowershell/set-casmailbox"),
          null);

  private static final Finding WAIVED =
      new Finding(
          "O365-ADM-001",
          "No Entra admin roles on synced accounts",
          Severity.WARNING,
          Obligation.SHOULD,
          SubjectKind.MAILBOX,
          "admin@contoso.com",
          "admin@contoso.com holds the Entra role 'Global Administrator'",
          orderedMap("roles", List.of("Global Administrator")),
          List.of(new Fix("Sync a mailbox that holds no admin role.", null, null, null)),
          List.of(),
          new Waiver(
              "O365-ADM-001",
              List.of("admin@contoso.com"),
              "break-glass account, monitored by the SOC",
              "it-security@contoso.com",
              LocalDate.of(2025, 12, 31),
              null));

  private static final Report REPORT =
      new Report(
          "contoso.com",
          LocalDate.of(2025, 6, 1),
          List.of(new PackInfo(PACK, "1.0.0", "classpath:io/mailready/rules/microsoft")),
          new Summary(false, 1, 0, 0, 0, 1, 0, 1),
          List.of(
              new Result(
                  "EXCH-SYNC-001",
                  SubjectKind.MAILBOX,
                  "carol@contoso.com",
                  Status.FAIL,
                  null,
                  PACK),
              new Result(
                  "EXCH-EWS-002",
                  SubjectKind.MAILBOX,
                  "carol@contoso.com",
                  Status.UNKNOWN,
                  "mailboxes[carol@contoso.com].casMailbox not collected",
                  PACK),
              new Result(
                  "O365-ADM-001",
                  SubjectKind.MAILBOX,
                  "admin@contoso.com",
                  Status.WAIVED,
                  null,
                  PACK)),
          List.of(BLOCKER, WAIVED),
          java.util.List.of());

  @Test
  void writesEveryFieldInContractOrderAndLeavesOutNullFields() {
    // GIVEN a report with a finding, a waived finding and an UNKNOWN result
    // WHEN it is written
    String json = ReportJson.write(REPORT);

    // THEN the text is the contract, field by field; null reason, graph and ticket are left out
    assertThat(json)
        .isEqualTo(
            """
            {
              "schema": "mailready/report/v1",
              "tenant": "contoso.com",
              "evaluatedAt": "2025-06-01",
              "packs": [
                {
                  "id": "microsoft-email-admin",
                  "version": "1.0.0",
                  "source": "classpath:io/mailready/rules/microsoft"
                }
              ],
              "summary": {
                "ready": false,
                "blocker": 1,
                "error": 0,
                "warning": 0,
                "info": 0,
                "unknown": 1,
                "ruleErrors": 0,
                "waived": 1
              },
              "results": [
                {
                  "requirement": "EXCH-SYNC-001",
                  "subjectKind": "mailbox",
                  "subject": "carol@contoso.com",
                  "status": "FAIL",
                  "pack": "microsoft-email-admin"
                },
                {
                  "requirement": "EXCH-EWS-002",
                  "subjectKind": "mailbox",
                  "subject": "carol@contoso.com",
                  "status": "UNKNOWN",
                  "reason": "mailboxes[carol@contoso.com].casMailbox not collected",
                  "pack": "microsoft-email-admin"
                },
                {
                  "requirement": "O365-ADM-001",
                  "subjectKind": "mailbox",
                  "subject": "admin@contoso.com",
                  "status": "WAIVED",
                  "pack": "microsoft-email-admin"
                }
              ],
              "findings": [
                {
                  "requirement": "EXCH-SYNC-001",
                  "severity": "BLOCKER",
                  "obligation": "MUST",
                  "subjectKind": "mailbox",
                  "subject": "carol@contoso.com",
                  "title": "At least one of EWS and ActiveSync works",
                  "message": "neither EWS nor ActiveSync works for carol@contoso.com",
                  "evidence": {
                    "casMailbox.ewsEnabled": false,
                    "casMailbox.activeSyncEnabled": false
                  },
                  "fixes": [
                    {
                      "summary": "Turn on EWS for the mailbox.",
                      "adminCenter": "Exchange admin center > Recipients > Mailboxes > carol@contoso.com",
                      "powershell": "Set-CASMailbox -Identity carol@contoso.com -EwsEnabled $true"
                    }
                  ],
                  "references": [
                    "https://learn.microsoft.com/powershell/module/exchangepowershell/set-casmailbox"
                  ]
                },
                {
                  "requirement": "O365-ADM-001",
                  "severity": "WARNING",
                  "obligation": "SHOULD",
                  "subjectKind": "mailbox",
                  "subject": "admin@contoso.com",
                  "title": "No Entra admin roles on synced accounts",
                  "message": "admin@contoso.com holds the Entra role 'Global Administrator'",
                  "evidence": {
                    "roles": [
                      "Global Administrator"
                    ]
                  },
                  "fixes": [
                    {
                      "summary": "Sync a mailbox that holds no admin role."
                    }
                  ],
                  "references": [],
                  "waiver": {
                    "requirement": "O365-ADM-001",
                    "subjects": [
                      "admin@contoso.com"
                    ],
                    "reason": "break-glass account, monitored by the SOC",
                    "owner": "it-security@contoso.com",
                    "expires": "2025-12-31"
                  }
                }
              ]
            }
            """);
  }

  @Test
  void streamingToAWriterGivesTheSameTextAndLeavesTheWriterOpen() throws Exception {
    // GIVEN a writer that records whether it was closed
    boolean[] closed = {false};
    java.io.StringWriter text =
        new java.io.StringWriter() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    // WHEN the report is streamed to it
    ReportJson.write(REPORT, text);
    // THEN the text is the string form's, and the caller still owns the writer
    assertThat(text.toString()).isEqualTo(ReportJson.write(REPORT));
    assertThat(closed[0]).isFalse();
  }

  @Test
  void writesAnEmptyReportWithEmptyArrays() {
    // GIVEN a report of a tenant where no requirement applied
    Report empty =
        new Report(
            "fabrikam.com",
            LocalDate.of(2025, 6, 1),
            List.of(),
            new Summary(true, 0, 0, 0, 0, 0, 0, 0),
            List.of(),
            List.of(),
            java.util.List.of());

    // WHEN it is written
    String json = ReportJson.write(empty);

    // THEN the lists are written as [] rather than left out
    assertThat(json)
        .isEqualTo(
            """
            {
              "schema": "mailready/report/v1",
              "tenant": "fabrikam.com",
              "evaluatedAt": "2025-06-01",
              "packs": [],
              "summary": {
                "ready": true,
                "blocker": 0,
                "error": 0,
                "warning": 0,
                "info": 0,
                "unknown": 0,
                "ruleErrors": 0,
                "waived": 0
              },
              "results": [],
              "findings": []
            }
            """);
  }

  @Test
  void writesEvidenceValuesOfEveryKindWithoutFailing() {
    // GIVEN evidence with JSON values, dates, enums, IP ranges, arrays, unordered collections,
    // a null (an unset snapshot value) and values whose toString() fails
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("name", "carol");
    evidence.put("enabled", true);
    evidence.put("count", 3);
    evidence.put("bytes", 5_000_000_000L);
    evidence.put("ratio", 0.5);
    evidence.put("exact", new BigDecimal("1.10"));
    evidence.put("notANumber", Double.NaN);
    evidence.put("unset", null);
    evidence.put("expires", LocalDate.of(2026, 10, 1));
    evidence.put("seen", Instant.parse("2025-05-31T23:59:59Z"));
    evidence.put("severity", Severity.WARNING);
    evidence.put("range", IpRange.parse("203.0.113.0/24"));
    evidence.put("ports", new int[] {443, 80});
    evidence.put("scopes", Set.of("Mail.Read", "Contacts.Read", "Calendars.Read"));
    evidence.put("settings", Map.of("b", 2, "a", 1, "c", List.of()));
    evidence.put("ordered", orderedMap("z", 1, "y", 2));
    evidence.put("broken", new BrokenToString());
    evidence.put("silent", new NullToString());

    // WHEN a finding with that evidence is written
    String json = ReportJson.write(reportWithEvidence(evidence));

    // THEN every value is written, unordered collections sorted, the rest as its text
    assertThat(evidenceSection(json))
        .isEqualTo(
            """
                  "evidence": {
                    "name": "carol",
                    "enabled": true,
                    "count": 3,
                    "bytes": 5000000000,
                    "ratio": 0.5,
                    "exact": 1.10,
                    "notANumber": "NaN",
                    "unset": null,
                    "expires": "2026-10-01",
                    "seen": "2025-05-31T23:59:59Z",
                    "severity": "WARNING",
                    "range": "203.0.113.0/24",
                    "ports": [
                      443,
                      80
                    ],
                    "scopes": [
                      "Calendars.Read",
                      "Contacts.Read",
                      "Mail.Read"
                    ],
                    "settings": {
                      "a": 1,
                      "b": 2,
                      "c": []
                    },
                    "ordered": {
                      "z": 1,
                      "y": 2
                    },
                    "broken": "<io.mailready.ReportJsonTest$BrokenToString>",
                    "silent": "<io.mailready.ReportJsonTest$NullToString>"
                  },
            """);
  }

  @Test
  void writesACyclicEvidenceValueWithoutOverflowingTheStack() {
    // GIVEN evidence holding a list that contains itself
    List<Object> cycle = new ArrayList<>();
    cycle.add(cycle);

    // WHEN it is written
    String json = ReportJson.write(reportWithEvidence(orderedMap("cycle", cycle)));

    // THEN writing stops at a fixed depth with the list's text
    assertThat(json).contains("\"[(this Collection)]\"").endsWith("}\n");
  }

  @Test
  void writesTheSameReportAsByteIdenticalText() {
    // GIVEN the same report content built twice, with unordered evidence maps
    Report first = reportWithEvidence(orderedMap("m", Map.of("k1", 1, "k2", 2, "k3", 3)));
    Report second = reportWithEvidence(orderedMap("m", Map.of("k3", 3, "k2", 2, "k1", 1)));

    // WHEN both are written, the first one twice
    // THEN the texts are identical
    assertThat(ReportJson.write(first))
        .isEqualTo(ReportJson.write(first))
        .isEqualTo(ReportJson.write(second));
  }

  private static Report reportWithEvidence(Map<String, Object> evidence) {
    Finding finding =
        new Finding(
            "GEN-NET-002",
            "The allowlist covers every current platform IP",
            Severity.WARNING,
            Obligation.MUST,
            SubjectKind.TENANT,
            "contoso.com",
            "the allowlist misses platform addresses",
            evidence,
            List.of(),
            List.of(),
            null);
    return new Report(
        "contoso.com",
        LocalDate.of(2025, 6, 1),
        List.of(),
        new Summary(true, 0, 0, 1, 0, 0, 0, 0),
        List.of(),
        List.of(finding),
        java.util.List.of());
  }

  /** The lines from {@code "evidence"} to the line that closes it, indented as in the report. */
  private static String evidenceSection(String json) {
    int start = json.lastIndexOf('\n', json.indexOf("\"evidence\"")) + 1;
    int end = json.indexOf("\n      },\n", start) + "\n      },\n".length();
    return json.substring(start, end);
  }

  private static Map<String, Object> orderedMap(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static final class BrokenToString {
    @Override
    public String toString() {
      throw new IllegalStateException("boom");
    }
  }

  private static final class NullToString {
    @Override
    public String toString() {
      return null;
    }
  }
}
