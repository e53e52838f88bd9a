package org.vfmworkbook.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.vfmworkbook.workbook.CurrentActor;

import io.quarkus.arc.Arc;

/** Replaces the workbook's placeholder actor: changes are recorded against the signed-in person's username. */
@Alternative
@Priority(1)
@ApplicationScoped
public class SignedInActor extends CurrentActor {

    @Override
    public String name() {
        if (!Arc.container().requestContext().isActive()) {
            return "system";
        }
        User user = Arc.container().instance(CurrentUser.class).get().user();
        return user == null ? "anonymous" : user.username();
    }
}
