package io.mailready;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One way to fix a finding, with its placeholders filled from the finding.
 *
 * @param summary what to do, in one sentence
 * @param adminCenter the admin-center path, or {@code null}
 * @param powershell the PowerShell command(s), or {@code null}
 * @param graph the Microsoft Graph call, or {@code null}
 */
public record Fix(String summary, String adminCenter, String powershell, String graph) {
  public Fix {
    checkNotNull(summary, "summary");
  }
}
