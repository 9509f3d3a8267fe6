package org.yothub.platform.web;

/** Name conversions between Java properties and the API's snake_case field names. */
public final class Names {
    private Names() {
    }

    public static String snake(String camel) {
        if (camel == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
