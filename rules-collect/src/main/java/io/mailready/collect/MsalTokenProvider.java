package io.mailready.collect;

import static java.util.Objects.requireNonNull;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.DeviceCode;
import com.microsoft.aad.msal4j.DeviceCodeFlowParameters;
import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IClientCertificate;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.PublicClientApplication;
import com.microsoft.aad.msal4j.SilentParameters;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Tokens from Microsoft Entra ID through MSAL for Java: app-only with a certificate (client
 * credentials, the app's {@code .default} permissions on each API), or as a signed-in admin with
 * the device code flow (one sign-in; the second API's token comes from MSAL's cache). MSAL caches
 * and renews the tokens.
 */
public final class MsalTokenProvider implements TokenProvider {
  static final String DEFAULT_AUTHORITY_HOST = "https://login.microsoftonline.com";

  private final ConfidentialClientApplication confidential;
  private final PublicClientApplication publicClient;
  private final Consumer<String> prompt;

  private MsalTokenProvider(
      ConfidentialClientApplication confidential,
      PublicClientApplication publicClient,
      Consumer<String> prompt) {
    this.confidential = confidential;
    this.publicClient = publicClient;
    this.prompt = prompt;
  }

  /**
   * App-only tokens for application {@code clientId} in {@code tenant}, signed with the certificate
   * and private key of a PKCS#12 ({@code .pfx}) file.
   *
   * @throws IOException when the file cannot be read, or is not a PKCS#12 file with a private key
   *     this password opens
   */
  public static MsalTokenProvider certificate(
      String tenant, String clientId, Path pfx, char[] password) throws IOException {
    return certificate(tenant, clientId, pfx, password, DEFAULT_AUTHORITY_HOST, null);
  }

  static MsalTokenProvider certificate(
      String tenant,
      String clientId,
      Path pfx,
      char[] password,
      String authorityHost,
      IHttpClient httpClient)
      throws IOException {
    requireNonNull(pfx, "pfx");
    IClientCertificate credential;
    try (InputStream in = Files.newInputStream(pfx)) {
      credential =
          ClientCredentialFactory.createFromCertificate(
              in, password == null ? "" : new String(password));
    } catch (NoSuchFileException e) {
      throw new IOException("certificate file not found: " + pfx, e);
    } catch (GeneralSecurityException | IOException | RuntimeException e) {
      throw new IOException(
          "cannot read the certificate "
              + pfx
              + " (a PKCS#12 .pfx file with its private key and the right password was expected): "
              + e.getMessage(),
          e);
    }
    ConfidentialClientApplication.Builder builder =
        ConfidentialClientApplication.builder(requireNonNull(clientId, "clientId"), credential);
    try {
      builder.authority(authority(authorityHost, tenant));
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("bad authority for tenant '" + tenant + "'", e);
    }
    if (httpClient != null) {
      builder.httpClient(httpClient);
    }
    return new MsalTokenProvider(builder.build(), null, null);
  }

  /**
   * Tokens of an admin who signs in on another device: {@code prompt} receives Entra's message ("To
   * sign in, use a web browser to open ... and enter the code ...") to show the user.
   */
  public static MsalTokenProvider deviceCode(
      String tenant, String clientId, Consumer<String> prompt) {
    return deviceCode(tenant, clientId, prompt, DEFAULT_AUTHORITY_HOST, null);
  }

  static MsalTokenProvider deviceCode(
      String tenant,
      String clientId,
      Consumer<String> prompt,
      String authorityHost,
      IHttpClient httpClient) {
    PublicClientApplication.Builder builder =
        PublicClientApplication.builder(requireNonNull(clientId, "clientId"));
    try {
      builder.authority(authority(authorityHost, tenant));
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("bad authority for tenant '" + tenant + "'", e);
    }
    if (httpClient != null) {
      builder.httpClient(httpClient);
    }
    return new MsalTokenProvider(null, builder.build(), requireNonNull(prompt, "prompt"));
  }

  private static String authority(String host, String tenant) {
    requireNonNull(tenant, "tenant");
    return host + "/" + tenant + "/";
  }

  @Override
  public synchronized String accessToken(Api api) throws IOException {
    Set<String> scopes = Set.of(api.defaultScope());
    try {
      IAuthenticationResult result;
      if (confidential != null) {
        result =
            confidential.acquireToken(ClientCredentialParameters.builder(scopes).build()).get();
      } else {
        result = fromCacheOrDeviceCode(scopes);
      }
      return result.accessToken();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new IOException(
          "Entra ID refused a token for " + api.resource() + ": " + cause.getMessage(), cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for a token", e);
    }
  }

  private IAuthenticationResult fromCacheOrDeviceCode(Set<String> scopes)
      throws ExecutionException, InterruptedException {
    Set<IAccount> accounts = publicClient.getAccounts().join();
    if (!accounts.isEmpty()) {
      IAccount account = accounts.iterator().next();
      try {
        return publicClient
            .acquireTokenSilently(SilentParameters.builder(scopes, account).build())
            .get();
      } catch (ExecutionException | MalformedURLException | RuntimeException e) {
        // no usable cached token or refresh token for this resource: sign in again
      }
    }
    Consumer<DeviceCode> show = code -> prompt.accept(code.message());
    CompletableFuture<IAuthenticationResult> future =
        publicClient.acquireToken(DeviceCodeFlowParameters.builder(scopes, show).build());
    return future.get();
  }
}
