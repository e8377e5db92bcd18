package io.mailready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code mailready collect} from the packaged fat jar: MSAL for Java and its dependencies must
 * be in it and load (azure-json is a signed jar whose signature the shade must drop). No request
 * leaves the machine: the certificate is refused before any.
 */
class CollectJarIT {
  @Test
  void fatJarShowsTheCollectUsage() throws Exception {
    // GIVEN the packaged jar, WHEN collect --help runs, THEN it prints the usage and exits 0
    MailreadyJarIT.Run run = MailreadyJarIT.run("collect", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Usage: mailready collect")
        .contains("--certificate=PFX")
        .contains("--device-code");
  }

  @Test
  void fatJarReadsTheCertificateWithMsalAndRefusesAWrongPassword() throws Exception {
    // GIVEN the test certificate and a password variable that is not its password
    Path pfx = Path.of(CollectJarIT.class.getResource("collect/test-app.pfx").toURI());

    // WHEN collect runs with it (PATH is set in every environment and is not the password)
    MailreadyJarIT.Run run =
        MailreadyJarIT.run(
            "collect",
            "--tenant",
            "contoso.onmicrosoft.com",
            "--client-id",
            "6f1e2c3d-0000-4000-8000-000000000001",
            "--certificate",
            pfx.toString(),
            "--certificate-password-env",
            "PATH",
            "-o",
            Path.of("target", "collect-it").toString());

    // THEN MSAL's certificate reader refused it: exit 2 and a one-line error, no stack trace
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("error: cannot read the certificate " + pfx)
        .doesNotContain("Exception\n\tat");
  }
}
