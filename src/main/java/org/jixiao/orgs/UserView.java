package org.jixiao.orgs;

import java.util.List;

/**
 * A user as the administrator's list shows it (never the password hash).
 *
 * @param roles  role labels, e.g. 填报人
 * @param scope  the data-scope label, e.g. 本单位
 * @param locked locked out now after repeated wrong passwords
 */
public record UserView(long id, String username, String displayName, String organizationCode,
                       String organizationName, List<String> roles, String scope, boolean enabled, boolean locked,
                       boolean demo) {
}
