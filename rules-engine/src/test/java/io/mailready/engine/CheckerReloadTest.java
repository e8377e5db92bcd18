package io.mailready.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mailready.RuleContentException;
import io.mailready.Status;
import io.mailready.spi.CheckerSettings;
import io.mailready.spi.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's reload pattern: a failed rebuild leaves the previous checker in use. */
class CheckerReloadTest {
  @TempDir Path temp;

  @Test
  void a_failed_rebuild_leaves_the_previous_checker_in_use_and_a_good_one_takes_effect()
      throws Exception {
    // GIVEN a service holding a checker built from a pack directory
    DirectoryPackTest packs = new DirectoryPackTest();
    packs.temp = temp;
    Path pack = packs.pack();
    AtomicReference<Engine> current = new AtomicReference<>(build(pack));
    Engine before = current.get();
    Path drl = pack.resolve("rules/test-mbx-001-basic-auth.drl");
    String good = Files.readString(drl);

    // WHEN a maintainer saves a broken rule and the service reloads
    Files.writeString(drl, good.replace("then", "then then"));
    assertThatThrownBy(() -> current.set(build(pack))).isInstanceOf(RuleContentException.class);

    // THEN the previous checker is still in use and still checks
    assertThat(current.get()).isSameAs(before);
    assertThat(
            DirectoryPackTest.result(
                    current.get().check(DirectoryPackTest.snapshot(DirectoryPackTest.SNAPSHOT)),
                    "TEST-MBX-001",
                    "basic@example.com")
                .status())
        .isEqualTo(Status.FAIL);

    // WHEN the rule is fixed (now it fails OAuth mailboxes instead) and the service reloads
    Files.writeString(drl, good.replace("AuthMethod.BASIC", "AuthMethod.OAUTH"));
    current.set(build(pack));

    // THEN the edit takes effect without any build step
    assertThat(
            DirectoryPackTest.result(
                    current.get().check(DirectoryPackTest.snapshot(DirectoryPackTest.SNAPSHOT)),
                    "TEST-MBX-001",
                    "oauth@example.com")
                .status())
        .isEqualTo(Status.FAIL);
  }

  private static Engine build(Path pack) {
    return new DroolsCheckerFactory()
        .create(CheckerSettings.builder().rules(pack).clock(DirectoryPackTest.CLOCK).build());
  }
}
