package io.mailready.cli;

import io.mailready.collect.CollectionResult;
import io.mailready.collect.Collector;
import io.mailready.collect.MsalTokenProvider;
import io.mailready.collect.TokenProvider;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code mailready collect} command: reads a live tenant through Microsoft Graph and the
 * Exchange Online admin API (read-only) and writes the raw exports plus {@code manifest.json}.
 */
@Command(
    name = "collect",
    description = {
      "Collects the raw exports of a live Microsoft 365 tenant, read-only, through Microsoft Graph"
          + " and the Exchange Online admin API (Get-* cmdlets only), into DIR: the files an admin"
          + " would export by hand, plus manifest.json (every call, what failed and why). Then run"
          + " 'mailready import DIR' or 'mailready check DIR'."
    },
    sortOptions = false,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every export was collected",
      "1:some calls failed: their exports are missing (see manifest.json and standard error)",
      "2:bad option, unreadable mailbox list or certificate, or unwritable DIR",
      "4:unexpected failure (run with --debug for the stack trace)"
    })
final class CollectCommand implements Callable<Integer> {
  /** Some exports are missing; the same number as a report with findings: "look at this". */
  static final int INCOMPLETE = 1;

  /** Makes the token provider from the options (tests replace the MSAL one). */
  @FunctionalInterface
  interface Tokens {
    TokenProvider create(CollectCommand options, PrintWriter err) throws IOException;
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--tenant",
      required = true,
      paramLabel = "TENANT",
      description = "The tenant: its id or a verified domain, e.g. contoso.onmicrosoft.com.")
  String tenant;

  @Option(
      names = "--client-id",
      required = true,
      paramLabel = "APP",
      description = "The application (client) id of the Entra app registration to sign in with.")
  String clientId;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Credentials credentials;

  /** How to sign in: app-only with a certificate, or as an admin with a device code. */
  static final class Credentials {
    @Option(
        names = "--certificate",
        paramLabel = "PFX",
        description = "App-only sign-in with this PKCS#12 (.pfx) certificate and private key.")
    Path certificate;

    @Option(
        names = "--device-code",
        description = "Sign in as an admin on another device with a code (delegated).")
    boolean deviceCode;
  }

  @Option(
      names = "--certificate-password-env",
      paramLabel = "VAR",
      description = "The environment variable holding the certificate's password.")
  String certificatePasswordEnv;

  @ArgGroup(exclusive = true)
  MailboxSelection mailboxes;

  /** Which mailboxes: a list, or all of them; neither = organisation-wide exports only. */
  static final class MailboxSelection {
    @Option(
        names = "--mailboxes",
        paramLabel = "FILE",
        description = "The mailboxes to collect: one address per line ('#' starts a comment).")
    Path file;

    @Option(names = "--all-mailboxes", description = "Collect every mailbox of the tenant.")
    boolean all;
  }

  @Option(
      names = "--app-id",
      paramLabel = "APPID",
      description =
          "Also collect the service principal of this application (the sync platform's app)."
              + " Repeatable.")
  List<String> appIds = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      description = "The directory to write the exports and manifest.json into.")
  Path output;

  @Option(names = "--debug", description = "Print the stack trace of an unexpected failure.")
  boolean debug;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  private final UnaryOperator<String> environment;
  private final Tokens tokens;
  private final URI graphBase;
  private final URI exchangeBase;

  /** The command as users run it: MSAL tokens, the real APIs. */
  CollectCommand() {
    this(System::getenv, CollectCommand::msal, null, null);
  }

  CollectCommand(
      UnaryOperator<String> environment, Tokens tokens, URI graphBase, URI exchangeBase) {
    this.environment = environment;
    this.tokens = tokens;
    this.graphBase = graphBase;
    this.exchangeBase = exchangeBase;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Collector.Builder builder = Collector.builder();
    List<String> problems = new ArrayList<>();
    try {
      builder.tenant(tenant);
    } catch (IllegalArgumentException e) {
      problems.add("--tenant: " + e.getMessage());
    }
    try {
      builder.servicePrincipalAppIds(appIds);
    } catch (IllegalArgumentException e) {
      problems.add("--app-id: " + e.getMessage());
    }
    if (mailboxes != null && mailboxes.all) {
      builder.allMailboxes();
    } else if (mailboxes != null) {
      List<String> addresses = readMailboxes(mailboxes.file, problems);
      if (addresses != null) {
        builder.mailboxes(addresses);
      }
    }
    if (credentials.deviceCode && certificatePasswordEnv != null) {
      problems.add("--certificate-password-env goes with --certificate, not --device-code");
    }
    if (!problems.isEmpty()) {
      problems.forEach(p -> err.println("error: " + p));
      return ExitCodes.BAD_INPUT;
    }
    TokenProvider provider;
    try {
      provider = tokens.create(this, err);
    } catch (IOException | IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    builder.tokens(provider).outputDirectory(output);
    if (graphBase != null) {
      builder.graphBaseUrl(graphBase);
    }
    if (exchangeBase != null) {
      builder.exchangeBaseUrl(exchangeBase);
    }
    CollectionResult result;
    try {
      result = builder.build().collect();
    } catch (IOException e) {
      err.println("error: cannot write the exports to " + output + ": " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
    for (String failure : result.failures()) {
      err.println("not collected: " + failure);
    }
    out.println(
        "wrote "
            + result.filesWritten().size()
            + " files to "
            + output
            + (result.complete()
                ? ""
                : "; " + result.failures().size() + " exports failed, see " + result.manifest()));
    return result.complete() ? ExitCodes.OK : INCOMPLETE;
  }

  /** The password from {@code --certificate-password-env}, or null when not given. */
  char[] certificatePassword() throws IOException {
    if (certificatePasswordEnv == null) {
      return null;
    }
    String value = environment.apply(certificatePasswordEnv);
    if (value == null) {
      throw new IOException(
          "--certificate-password-env: environment variable '"
              + certificatePasswordEnv
              + "' is not set");
    }
    return value.toCharArray();
  }

  static TokenProvider msal(CollectCommand options, PrintWriter err) throws IOException {
    if (options.credentials.deviceCode) {
      return MsalTokenProvider.deviceCode(options.tenant, options.clientId, err::println);
    }
    return MsalTokenProvider.certificate(
        options.tenant,
        options.clientId,
        options.credentials.certificate,
        options.certificatePassword());
  }

  /** One address per line; every bad line reported as FILE:LINE, all at once. */
  private static List<String> readMailboxes(Path file, List<String> problems) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      problems.add("--mailboxes: file not found: " + file);
      return null;
    } catch (MalformedInputException e) {
      problems.add("--mailboxes: " + file + " is not UTF-8 text");
      return null;
    } catch (IOException e) {
      problems.add("--mailboxes: cannot read " + file + ": " + e.getMessage());
      return null;
    }
    List<String> addresses = new ArrayList<>();
    int before = problems.size();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        Collector.builder().mailboxes(List.of(line));
        addresses.add(line);
      } catch (IllegalArgumentException e) {
        problems.add(file + ":" + (i + 1) + ": not an email address: '" + line + "'");
      }
    }
    if (problems.size() == before && addresses.isEmpty()) {
      problems.add("--mailboxes: " + file + " lists no address");
    }
    return problems.size() == before ? addresses : null;
  }
}
