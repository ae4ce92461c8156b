package org.jixiao.orgs;

import java.time.Instant;

/** 个人访问令牌 as its owner sees it on the account page: never the secret. */
public record AccessTokenView(long id, String name, Instant createdAt, Instant lastUsedAt, Instant expiresAt,
                              Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
