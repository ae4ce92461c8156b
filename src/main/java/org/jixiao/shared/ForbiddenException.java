package org.jixiao.shared;

/** The caller may see the record but lacks the permission for this action (answered 403). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
