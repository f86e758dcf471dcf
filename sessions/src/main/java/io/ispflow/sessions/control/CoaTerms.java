package io.ispflow.sessions.control;

import io.ispflow.kernel.pkg.PackageTerms;

/**
 * What a CoA-Request changes in an open session: the package's rate, as the RADIUS projector writes it
 * into the package's group (so a session changed in place gets what a new login would), and its session
 * timeout when it has one.
 */
record CoaTerms(String rateLimit, Integer sessionTimeout) {

    static CoaTerms of(PackageTerms terms) {
        return new CoaTerms(terms.rate().mikrotikRateLimit(), terms.sessionTimeout());
    }
}
