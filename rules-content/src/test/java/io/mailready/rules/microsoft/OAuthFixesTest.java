package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.snapshot.EwsVirtualDirectory;
import io.mailready.snapshot.Tenant;
import io.mailready.snapshot.VirtualDirectories;
import java.util.List;
import org.junit.jupiter.api.Test;

class OAuthFixesTest {
  private static Tenant tenant(VirtualDirectories vdirs) {
    return new Tenant(
        "fabrikam.com",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        vdirs,
        null);
  }

  private static EwsVirtualDirectory ews(String server, String externalUrl) {
    return new EwsVirtualDirectory(server, null, externalUrl, null, null);
  }

  @Test
  void ews_server_prefers_a_published_virtual_directory() {
    // GIVEN an internal-only EWS vdir on EX01 and a published one on EX02
    Tenant tenant =
        tenant(
            new VirtualDirectories(
                List.of(ews("EX01", null), ews("EX02", "https://mail/EWS/Exchange.asmx")), null));
    // WHEN the server for the fix is chosen
    // THEN it is the published one
    assertThat(OAuthFixes.ewsServer(tenant)).isEqualTo("EX02");
  }

  @Test
  void ews_server_falls_back_to_the_first_vdir_and_is_null_without_any() {
    // GIVEN an unpublished vdir, no vdirs, and vdirs not collected
    // WHEN the server for the fix is chosen
    // THEN it is the first vdir's server, else null
    assertThat(
            OAuthFixes.ewsServer(
                tenant(new VirtualDirectories(List.of(ews(" EX01 ", null)), null))))
        .isEqualTo("EX01");
    assertThat(OAuthFixes.ewsServer(tenant(new VirtualDirectories(List.of(), null)))).isNull();
    assertThat(OAuthFixes.ewsServer(tenant(null))).isNull();
  }
}
