package org.jixiao.orgs;

import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.shared.ForbiddenException;

/** Guards of actions: a missing permission answers 403 with a Chinese message naming the permission string. */
public final class Permissions {

    private Permissions() {
    }

    /** @throws ForbiddenException unless one of the actor's roles grants {@code permission} */
    public static void require(Actor actor, Permission permission) {
        if (!actor.can(permission)) {
            throw new ForbiddenException("您没有执行此操作的权限（需要 " + permission.code() + "）。");
        }
    }
}
