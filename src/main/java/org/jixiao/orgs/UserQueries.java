package org.jixiao.orgs;

import java.util.List;

import org.jixiao.orgs.domain.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of users and their tokens. */
@Service
@Transactional(readOnly = true)
public class UserQueries {

    private final Users users;

    UserQueries(Users users) {
        this.users = users;
    }

    /** The actor's own tokens, newest first. */
    public List<AccessTokenView> tokens(Actor actor) {
        return users.tokensOf(actor.userId()).stream()
                .map(t -> new AccessTokenView(t.id(), t.name(), t.createdAt(), t.lastUsedAt(), t.expiresAt(), t.revokedAt()))
                .toList();
    }
}
