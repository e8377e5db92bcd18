package io.mailready.bench;

import io.mailready.snapshot.AuthMethod;
import io.mailready.snapshot.CasMailbox;
import io.mailready.snapshot.DeviceAccessState;
import io.mailready.snapshot.Mailbox;
import io.mailready.snapshot.MailboxHost;
import io.mailready.snapshot.MobileDevice;
import io.mailready.snapshot.OrganizationConfig;
import io.mailready.snapshot.Snapshot;
import io.mailready.snapshot.Snapshots;
import io.mailready.snapshot.Tenant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generator of Exchange Online tenant snapshots with any number of mailboxes, for benchmarks and
 * for the size budgets of the reports (rules-cli's tests).
 *
 * <p>The platform and tenant are those of {@code examples/contoso-online.yaml}, with EWS switched
 * back on for the organisation so that a healthy mailbox has no finding. The mailboxes are made
 * from a seeded {@link Random}: the same size and seed give an equal snapshot. About 89% are
 * healthy (OAuth, EWS and ActiveSync on, some with phones and an allowed platform device); the rest
 * have one of the example's problems:
 *
 * <ul>
 *   <li>3% sign in with an alias (a secondary proxy address);
 *   <li>2% use Basic authentication;
 *   <li>2% have EWS disabled for the mailbox;
 *   <li>2% have the platform device {@value #PLATFORM_AGENT} quarantined;
 *   <li>2% both: EWS disabled and the platform device quarantined, so they cannot sync at all.
 * </ul>
 */
public final class TenantGenerator {
  static final String PLATFORM_AGENT = "python-EAS-Client 1.0";
  static final String DOMAIN = "contoso.com";

  private static final String[] GIVEN = {
    "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory",
    "niaj", "olivia", "peggy", "rupert", "sybil", "trent", "victor", "walter", "yasmin"
  };
  private static final String[] FAMILY = {
    "smith",
    "jones",
    "taylor",
    "brown",
    "williams",
    "wilson",
    "johnson",
    "davies",
    "patel",
    "wright",
    "garcia",
    "martin",
    "nguyen",
    "kowalski",
    "rossi",
    "mueller"
  };

  /** The problem a generated mailbox has, if any. */
  enum Problem {
    NONE,
    ALIAS_SIGN_IN,
    BASIC_AUTH,
    EWS_DISABLED,
    DEVICE_QUARANTINED,
    NO_SYNC
  }

  private final Snapshot base;

  private TenantGenerator(Snapshot base) {
    this.base = base;
  }

  /** A generator based on the bundled contoso example. */
  public static TenantGenerator contoso() {
    String name = "contoso-online.yaml";
    try (InputStream in = TenantGenerator.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + name);
      }
      return new TenantGenerator(Snapshots.read(in, name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A snapshot of the tenant with {@code mailboxes} generated mailboxes. */
  public Snapshot snapshot(int mailboxes, long seed) {
    Random random = new Random(seed);
    List<Mailbox> list = new ArrayList<>(mailboxes);
    for (int i = 0; i < mailboxes; i++) {
      list.add(mailbox(i, problem(random), random));
    }
    return new Snapshot(
        base.schema(), base.evaluatedAt(), base.platform(), ewsOnForOrganisation(), list);
  }

  /** Draws a mailbox's problem with the shares given in the class comment. */
  static Problem problem(Random random) {
    int draw = random.nextInt(100);
    if (draw < 3) {
      return Problem.ALIAS_SIGN_IN;
    } else if (draw < 5) {
      return Problem.BASIC_AUTH;
    } else if (draw < 7) {
      return Problem.EWS_DISABLED;
    } else if (draw < 9) {
      return Problem.DEVICE_QUARANTINED;
    } else if (draw < 11) {
      return Problem.NO_SYNC;
    }
    return Problem.NONE;
  }

  private Tenant ewsOnForOrganisation() {
    Tenant t = base.tenant();
    OrganizationConfig o = t.organizationConfig();
    OrganizationConfig on =
        new OrganizationConfig(
            true,
            o.oauth2ClientProfileEnabled(),
            o.ewsApplicationAccessPolicy(),
            o.ewsAllowList(),
            o.ewsBlockList(),
            o.ewsAllowedAppIds(),
            o.defaultAuthenticationPolicy());
    return new Tenant(
        t.name(),
        t.deployment(),
        t.exchangeServerVersion(),
        t.appPasswordsAllowed(),
        t.network(),
        t.ipAllowlist(),
        t.domains(),
        on,
        t.activeSyncOrganizationSettings(),
        t.activeSyncDeviceAccessRules(),
        t.authenticationPolicies(),
        t.mobileDeviceMailboxPolicies(),
        t.connectionFilterPolicy(),
        t.virtualDirectories(),
        t.entra());
  }

  private static Mailbox mailbox(int index, Problem problem, Random random) {
    String given = GIVEN[random.nextInt(GIVEN.length)];
    String family = FAMILY[random.nextInt(FAMILY.length)];
    String address = given + "." + family + index + "@" + DOMAIN;
    String alias = given.charAt(0) + "." + family + index + "@" + DOMAIN;
    boolean hasAlias = problem == Problem.ALIAS_SIGN_IN || random.nextInt(3) == 0;
    List<String> proxies =
        hasAlias ? List.of("SMTP:" + address, "smtp:" + alias) : List.of("SMTP:" + address);
    boolean ewsOff = problem == Problem.EWS_DISABLED || problem == Problem.NO_SYNC;
    boolean quarantined = problem == Problem.DEVICE_QUARANTINED || problem == Problem.NO_SYNC;
    boolean basic = problem == Problem.BASIC_AUTH;
    return new Mailbox(
        address,
        address,
        address,
        proxies,
        problem == Problem.ALIAS_SIGN_IN ? alias : null,
        null,
        MailboxHost.EXCHANGE_ONLINE,
        basic ? AuthMethod.BASIC : AuthMethod.OAUTH,
        basic ? Boolean.FALSE : null,
        null,
        null,
        null,
        null,
        null,
        new CasMailbox(!ewsOff, true, null, null, null, null, null),
        devices(index, quarantined, random));
  }

  private static List<MobileDevice> devices(int index, boolean quarantined, Random random) {
    List<MobileDevice> devices = new ArrayList<>();
    if (quarantined) {
      devices.add(platformDevice(index, DeviceAccessState.QUARANTINED, "Global"));
    } else if (random.nextInt(4) == 0) {
      // A partnership from an earlier connection of the platform, allowed.
      devices.add(platformDevice(index, DeviceAccessState.ALLOWED, "Global"));
    }
    switch (random.nextInt(3)) {
      case 0 -> // The tenant's 'iPhone quarantine' rule holds every iPhone.
          devices.add(
              new MobileDevice(
                  "APPLE" + index,
                  "Apple-iPhone15C2/2104.2",
                  "iPhone",
                  "iPhone15C2",
                  DeviceAccessState.QUARANTINED,
                  "DeviceRule"));
      case 1 ->
          devices.add(
              new MobileDevice(
                  "ANDROID" + index,
                  "Android-SAMSUNG-SM-S911B/101.10000",
                  "Android",
                  "SM-S911B",
                  DeviceAccessState.ALLOWED,
                  "Global"));
      default -> {}
    }
    return devices;
  }

  private static MobileDevice platformDevice(int index, DeviceAccessState state, String reason) {
    return new MobileDevice(
        "NYLAS" + Integer.toHexString(0x10000 + index).toUpperCase(java.util.Locale.ROOT),
        PLATFORM_AGENT,
        "EAS",
        null,
        state,
        reason);
  }
}
