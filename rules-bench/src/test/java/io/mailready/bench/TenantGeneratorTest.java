package io.mailready.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.Checker;
import io.mailready.Finding;
import io.mailready.Report;
import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.Snapshot;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TenantGeneratorTest {
  private final TenantGenerator generator = TenantGenerator.contoso();

  @Test
  void sameSizeAndSeedGiveAnEqualSnapshot() {
    assertThat(generator.snapshot(300, 1)).isEqualTo(generator.snapshot(300, 1));
    assertThat(generator.snapshot(300, 1)).isNotEqualTo(generator.snapshot(300, 2));
  }

  @Test
  void mailboxesHaveDistinctAddressesAndTheTenantIsContoso() {
    Snapshot snapshot = generator.snapshot(2_000, 42);

    assertThat(snapshot.mailboxes()).hasSize(2_000);
    assertThat(snapshot.mailboxes().stream().map(Mailbox::address).distinct()).hasSize(2_000);
    assertThat(snapshot.tenant().name()).isEqualTo("contoso.com");
    assertThat(snapshot.tenant().organizationConfig().ewsEnabled()).isTrue();
  }

  @Test
  void mostMailboxesAreHealthyAndAFewHaveEachProblem() {
    Snapshot snapshot = generator.snapshot(2_000, 42);
    List<Mailbox> mailboxes = snapshot.mailboxes();

    long basic = mailboxes.stream().filter(m -> m.mfaRequired() != null).count();
    long alias = mailboxes.stream().filter(m -> m.signInAddress() != null).count();
    long ewsOff =
        mailboxes.stream().filter(m -> !m.casMailbox().ewsEnabled().booleanValue()).count();
    long quarantined =
        mailboxes.stream()
            .filter(
                m ->
                    m.mobileDevices().stream()
                        .anyMatch(
                            d ->
                                d.deviceUserAgent().equals(TenantGenerator.PLATFORM_AGENT)
                                    && d.deviceAccessState().label().equals("Quarantined")))
            .count();
    assertThat(basic).isBetween(20L, 60L);
    assertThat(alias).isBetween(35L, 85L);
    assertThat(ewsOff).isBetween(50L, 110L);
    assertThat(quarantined).isBetween(50L, 110L);
  }

  @Test
  void onlyTheMailboxesWithAProblemHaveMailboxFindings() {
    Snapshot snapshot = generator.snapshot(200, 42);

    Report report = Checker.standard().check(snapshot);

    Set<String> failing =
        report.findings().stream()
            .filter(f -> f.subjectKind().name().equals("MAILBOX"))
            .map(Finding::subject)
            .collect(Collectors.toSet());
    Set<String> withProblem = new HashSet<>();
    for (Mailbox m : snapshot.mailboxes()) {
      boolean platformQuarantined =
          m.mobileDevices().stream()
              .anyMatch(
                  d ->
                      d.deviceUserAgent().equals(TenantGenerator.PLATFORM_AGENT)
                          && d.deviceAccessState().label().equals("Quarantined"));
      if (m.mfaRequired() != null
          || m.signInAddress() != null
          || !m.casMailbox().ewsEnabled()
          || platformQuarantined) {
        withProblem.add(m.address());
      }
    }
    assertThat(withProblem).isNotEmpty().hasSizeLessThan(60);
    assertThat(failing).isEqualTo(withProblem);
    assertThat(report.findings().stream().map(Finding::requirement))
        .contains("GEN-AUTH-002", "O365-AUTH-002", "EXCH-EWS-002", "EXCH-SYNC-001");
  }
}
