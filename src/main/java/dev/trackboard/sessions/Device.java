package dev.trackboard.sessions;

/**
 * What a User-Agent says about the device, as far as it can be told.
 *
 * @param browser e.g. "Firefox 133"; null when unknown
 * @param os e.g. "Windows 10", "iOS 18.1"; null when unknown
 * @param mobile whether it is a phone or tablet browser (the icon)
 */
public record Device(String browser, String os, boolean mobile) {

    public static final Device UNKNOWN = new Device(null, null, false);
}
