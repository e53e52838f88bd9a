package org.vfmworkbook.workbook;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who is making a change, for the audit trail and "updated by". Answers "anonymous" until sign-in exists; the security
 * package replaces this implementation with the signed-in user.
 */
@ApplicationScoped
public class CurrentActor {

    public String name() {
        return "anonymous";
    }
}
