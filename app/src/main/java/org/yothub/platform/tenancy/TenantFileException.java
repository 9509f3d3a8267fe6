package org.yothub.platform.tenancy;

/** A tenant file is malformed; the message names the file, the key and the problem. */
public class TenantFileException extends RuntimeException {
    public TenantFileException(String file, String key, String problem) {
        super(file + ": key '" + key + "': " + problem);
    }
}
