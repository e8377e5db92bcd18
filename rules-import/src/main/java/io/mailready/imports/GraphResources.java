package io.mailready.imports;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Microsoft Graph resources the importer reads, recognised by their {@code @odata.context}. */
final class GraphResources {
  static final String AUTHORIZATION_POLICY = "policies/authorizationpolicy";
  static final String SECURITY_DEFAULTS = "policies/identitysecuritydefaultsenforcementpolicy";
  static final String ADMIN_CONSENT_REQUEST_POLICY = "policies/adminconsentrequestpolicy";
  static final String CONDITIONAL_ACCESS_POLICIES = "conditionalaccess/policies";
  static final String NAMED_LOCATIONS = "conditionalaccess/namedlocations";
  static final String SERVICE_PRINCIPALS = "serviceprincipals";
  static final String OAUTH2_PERMISSION_GRANTS = "oauth2permissiongrants";
  static final String CLASSIFICATIONS = "serviceprincipals/delegatedpermissionclassifications";
  static final String USERS = "users";
  static final String USER_MEMBER_OF = "users/memberof";
  static final String USER_TRANSITIVE_MEMBER_OF = "users/transitivememberof";

  static final List<String> KNOWN =
      List.of(
          AUTHORIZATION_POLICY,
          SECURITY_DEFAULTS,
          ADMIN_CONSENT_REQUEST_POLICY,
          CONDITIONAL_ACCESS_POLICIES,
          NAMED_LOCATIONS,
          SERVICE_PRINCIPALS,
          OAUTH2_PERMISSION_GRANTS,
          CLASSIFICATIONS,
          USERS,
          USER_MEMBER_OF,
          USER_TRANSITIVE_MEMBER_OF);

  private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
  private static final Pattern QUOTED_ID = Pattern.compile("\\('([^']*)'\\)");

  private GraphResources() {}

  /**
   * The resource an {@code @odata.context} names, whatever its spelling: {@code v1.0} or {@code
   * beta}, with or without {@code identity/}, {@code /$entity}, {@code $select} projections and key
   * segments.
   */
  static String fromContext(String context) {
    int hash = context.indexOf('#');
    String resource = hash < 0 ? context : context.substring(hash + 1);
    if (resource.startsWith("Collection(") && resource.endsWith(")")) {
      resource = resource.substring("Collection(".length(), resource.length() - 1);
    }
    String previous;
    do {
      previous = resource;
      resource = PARENTHESES.matcher(resource).replaceAll("");
    } while (!resource.equals(previous));
    return normalise(resource.toLowerCase(Locale.ROOT));
  }

  /** The key inside a context such as {@code servicePrincipals('id')/...}, or {@code null}. */
  static String idFromContext(String context) {
    Matcher id = QUOTED_ID.matcher(context);
    return id.find() ? id.group(1) : null;
  }

  static String normalise(String resource) {
    String normal = resource;
    if (normal.endsWith("/$entity")) {
      normal = normal.substring(0, normal.length() - "/$entity".length());
    }
    if (normal.startsWith("identity/")) {
      normal = normal.substring("identity/".length());
    }
    return normal;
  }
}
