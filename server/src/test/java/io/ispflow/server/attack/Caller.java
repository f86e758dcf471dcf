package io.ispflow.server.attack;

/** Who sends a request: an operator's access token, or none at all. */
record Caller(String name, String token) {

    static final Caller ANONYMOUS = new Caller("no token", null);

    boolean anonymous() {
        return token == null;
    }

    @Override
    public String toString() {
        return name;
    }
}
