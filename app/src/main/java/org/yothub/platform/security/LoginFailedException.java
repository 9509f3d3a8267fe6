package org.yothub.platform.security;

/** Sign-in refused. One message for every reason, so it tells an attacker nothing. */
public class LoginFailedException extends RuntimeException {
    public static final String MESSAGE = "The YOT, username or password is not right, or the account is locked. "
            + "Try again, or wait 15 minutes.";

    public LoginFailedException() {
        super(MESSAGE);
    }
}
