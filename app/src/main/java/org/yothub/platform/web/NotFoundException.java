package org.yothub.platform.web;

/**
 * The record does not exist for this user. Also the answer for another tenant's ids: a foreign
 * record and a missing one are indistinguishable.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
