package org.jixiao.orgs;

import java.util.Set;

import org.jixiao.orgs.domain.DataScope;
import org.jixiao.orgs.domain.Role;

/**
 * A user to create.
 *
 * @param organizationCode null only for an administrator created before any organization exists
 * @param scope            null: the widest default scope of the roles
 * @param demo             a demo user: may use HTTP Basic on the API in demo mode
 */
public record NewUser(String username, String displayName, String organizationCode, Set<Role> roles, DataScope scope,
                      String password, boolean demo) {
}
