package io.ispflow.benchmark.probe;

/** How the benchmark names its subscribers and their passwords, on both sides of the wire. */
public final class Subscribers {

    /**
     * What every one of those usernames is LIKE in SQL, and no voucher code (codes have no '-'): RADIUS's users
     * (radcheck, radius_user) are the vouchers' too.
     */
    public static final String USERNAMES = "bm-%";

    private Subscribers() {
    }

    /** e.g. {@code bm-h-0000042}: a prefix per way of creating, and a number that sorts. */
    public static String username(String prefix, int number) {
        return String.format("bm-%s-%07d", prefix, number);
    }

    public static String password(String username) {
        return "pw-" + username;
    }

    /** A phone number per subscriber, so that search finds digits in it. */
    public static String phone(int number) {
        return String.format("+255 7%08d", number);
    }

    public static String fullName(int number) {
        return "Subscriber " + number;
    }
}
