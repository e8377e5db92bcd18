package io.mailready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.Finding;
import io.mailready.Obligation;
import io.mailready.Report;
import io.mailready.Result;
import io.mailready.Severity;
import io.mailready.Status;
import io.mailready.SubjectKind;
import io.mailready.Summary;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class JunitReportTest {
  private static final String CONTOSO = TestSnapshots.DIR + "contoso.yaml";

  @Test
  void writesOneTestCasePerRequirementAndSubjectWithFailuresSkipsAndCounts() throws Exception {
    // GIVEN the contoso snapshot: 4 FAIL, 1 WAIVED, 1 UNKNOWN and 1 PASS result
    // WHEN it is checked with --format junit
    CliRun run = CliRun.run("check", "--format", "junit", CONTOSO);

    // THEN the XML has the counts on testsuites and testsuite, and one case per result
    assertThat(run.err()).isEmpty();
    Document xml = parse(run.out());
    Element suites = xml.getDocumentElement();
    assertThat(attributes(suites, "name", "tests", "failures", "errors", "skipped"))
        .isEqualTo("mailready 7 4 0 2");
    Element suite = (Element) suites.getElementsByTagName("testsuite").item(0);
    assertThat(attributes(suite, "name", "tests", "failures", "errors", "skipped"))
        .isEqualTo("contoso.com 7 4 0 2");
    assertThat(cases(xml))
        .containsExactly(
            "GEN-SET-001 contoso.com failure[INFO] review the guide's suggested Office 365"
                + " settings",
            "O365-CONSENT-001 contoso.com failure[ERROR] the app 'Nylas' has no tenant-wide"
                + " consent, and users cannot consent to apps",
            "O365-ADM-001 admin@contoso.com skipped WAIVED by it-security@contoso.com until"
                + " 2025-12-31 (CHG-1234): break-glass account, monitored by the SOC"
                + " [admin@contoso.com holds the Entra role 'Global Administrator']",
            "EXCH-EAS-002 carol@contoso.com skipped UNKNOWN:"
                + " mailboxes[carol@contoso.com].mobileDevices not collected",
            "EXCH-EWS-001 contoso.com pass",
            "EXCH-EWS-002 dave@contoso.com failure[WARNING] EWS is disabled for dave@contoso.com"
                + " (Get-CASMailbox EwsEnabled = false)",
            "EXCH-SYNC-001 carol@contoso.com failure[BLOCKER] neither EWS nor ActiveSync works for"
                + " carol@contoso.com: EWS is disabled for the mailbox (Get-CASMailbox EwsEnabled"
                + " = false) and ActiveSync is disabled (ActiveSyncEnabled = false)");
  }

  @Test
  void theFailureBodyHoldsTheMessageAndEveryFixWithItsCommands() throws Exception {
    // GIVEN the contoso snapshot, whose ERROR finding has an admin-center path, PowerShell and
    // Graph
    // WHEN it is written as JUnit XML
    Document xml = parse(CliRun.run("check", "--format", "junit", CONTOSO).out());

    // THEN the failure's text is the whole finding with its fix
    Element failure = (Element) xml.getElementsByTagName("failure").item(1);
    assertThat(failure.getTextContent())
        .isEqualTo(
            """
            [ERROR] O365-CONSENT-001 App consented, or users able to consent
            tenant: contoso.com
            the app 'Nylas' has no tenant-wide consent, and users cannot consent to apps

            fix 1: Grant tenant-wide admin consent to the app.
              admin center: Microsoft Entra admin center > Identity > Applications > Enterprise\
             applications > Nylas > Permissions > Grant admin consent
              PowerShell:   New-MgOauth2PermissionGrant -ClientId 11111111-aaaa -ConsentType\
             AllPrincipals -ResourceId 22222222-bbbb -Scope "EWS.AccessAsUser.All\
             EAS.AccessAsUser.All"
              Graph:        POST https://graph.microsoft.com/v1.0/oauth2PermissionGrants
                            {"clientId":"11111111-aaaa","consentType":"AllPrincipals"}""");
  }

  @Test
  void escapesMarkupAndDropsCharactersXmlCannotHoldAndWritesRuleErrorsAsErrors() throws Exception {
    // GIVEN a report whose subject and message hold markup, quotes and a control character,
    // and a rule that threw
    Report report =
        new Report(
            "x<&>\"y.example",
            LocalDate.of(2025, 6, 1),
            List.of(),
            new Summary(false, 0, 1, 0, 0, 0, 1, 0),
            List.of(
                new Result(
                    "GEN-NET-002", SubjectKind.TENANT, "x<&>\"y.example", Status.FAIL, null, null),
                new Result(
                    "EXCH-EWS-001",
                    SubjectKind.TENANT,
                    "x<&>\"y.example",
                    Status.ERROR,
                    "NullPointerException in rule",
                    null)),
            List.of(
                new Finding(
                    "GEN-NET-002",
                    "Allowlist",
                    Severity.ERROR,
                    Obligation.MUST,
                    SubjectKind.TENANT,
                    "x<&>\"y.example",
                    "bad </failure><script>\u0007 \"value\"",
                    Map.of(),
                    List.of(),
                    List.of(),
                    null)),
            java.util.List.of());

    // WHEN it is written as JUnit XML and parsed
    Document xml = parse(JunitReport.write(List.of(report)));

    // THEN every value comes back as written, less the control character
    assertThat(cases(xml))
        .containsExactly(
            "GEN-NET-002 x<&>\"y.example failure[ERROR] bad </failure><script> \"value\"",
            "EXCH-EWS-001 x<&>\"y.example error[RuleError] NullPointerException in rule");
    assertThat(attributes(xml.getDocumentElement(), "tests", "failures", "errors", "skipped"))
        .isEqualTo("2 1 1 0");
  }

  /** Each test case as "classname name outcome[type] message". */
  private static List<String> cases(Document xml) {
    List<String> cases = new ArrayList<>();
    NodeList nodes = xml.getElementsByTagName("testcase");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element testcase = (Element) nodes.item(i);
      String outcome = "pass";
      for (Node child = testcase.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof Element element) {
          String type =
              element.hasAttribute("type") ? "[" + element.getAttribute("type") + "]" : "";
          outcome = element.getTagName() + type + " " + element.getAttribute("message");
        }
      }
      cases.add(
          testcase.getAttribute("classname") + " " + testcase.getAttribute("name") + " " + outcome);
    }
    return cases;
  }

  private static String attributes(Element element, String... names) {
    List<String> values = new ArrayList<>();
    for (String name : names) {
      values.add(element.getAttribute(name));
    }
    return String.join(" ", values);
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
