package org.jixiao.shared;

/** A record asked for by id or code does not exist (or is outside the caller's scope). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
