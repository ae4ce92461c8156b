package org.jixiao.shared;

/**
 * The record is read-only at the moment (e.g. a goal table under review or approved); nothing has been written.
 * The message is Chinese and tells the user what to do instead. Answered 409.
 */
public class RecordLockedException extends RuntimeException {

    public RecordLockedException(String message) {
        super(message);
    }
}
