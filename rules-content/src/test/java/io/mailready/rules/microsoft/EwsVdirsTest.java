package io.mailready.rules.microsoft;

import static org.assertj.core.api.Assertions.assertThat;

import io.mailready.snapshot.EwsVirtualDirectory;
import java.util.List;
import org.junit.jupiter.api.Test;

class EwsVdirsTest {
  private static EwsVirtualDirectory vdir(String server, String externalUrl) {
    return new EwsVirtualDirectory(
        server, "https://" + server + ".local/EWS/Exchange.asmx", externalUrl, null, null);
  }

  @Test
  void a_vdir_with_an_external_url_publishes_ews() {
    // GIVEN one vdir with a blank external URL and one with a URL
    List<EwsVirtualDirectory> vdirs =
        List.of(vdir("EX01", " "), vdir("EX02", "https://mail.contoso.com/EWS/Exchange.asmx"));
    // WHEN publication is checked
    // THEN EWS is published; without the second it is not, nor with no vdir
    assertThat(EwsVdirs.published(vdirs)).isTrue();
    assertThat(EwsVdirs.published(vdirs.subList(0, 1))).isFalse();
    assertThat(EwsVdirs.published(List.of())).isFalse();
  }

  @Test
  void servers_are_listed_with_their_internal_urls_and_the_first_is_offered_for_fixes() {
    // GIVEN two vdirs
    List<EwsVirtualDirectory> vdirs = List.of(vdir("EX01", null), vdir("EX02", null));
    // WHEN they are described
    // THEN each is "server: internalUrl", and the first server fills {server}
    assertThat(EwsVdirs.servers(vdirs))
        .containsExactly(
            "EX01: https://EX01.local/EWS/Exchange.asmx",
            "EX02: https://EX02.local/EWS/Exchange.asmx");
    assertThat(EwsVdirs.firstServer(vdirs)).isEqualTo("EX01");
    assertThat(EwsVdirs.firstServer(List.of())).isNull();
  }
}
