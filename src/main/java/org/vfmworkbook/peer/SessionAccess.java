package org.vfmworkbook.peer;

import java.util.Set;

/**
 * What the session access rules need to know about one peer-challenge session.
 *
 * @param facilitator the username of the peer reviewer or administrator who started it
 * @param regionCode the session's region (its peer reviewers take part; its councils may join)
 * @param participatingCouncils the councils taking part now (a withdrawn council is not among them)
 */
public record SessionAccess(String facilitator, String regionCode, Set<String> participatingCouncils) {

    public SessionAccess {
        participatingCouncils = Set.copyOf(participatingCouncils);
    }
}
