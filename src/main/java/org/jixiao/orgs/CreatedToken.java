package org.jixiao.orgs;

/** A token just created: the only time its secret is known outside the caller's hands. */
public record CreatedToken(long id, String name, String secret) {
}
