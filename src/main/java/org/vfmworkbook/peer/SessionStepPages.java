package org.vfmworkbook.peer;

import static org.vfmworkbook.peer.SessionForms.textErrors;
import static org.vfmworkbook.peer.SessionForms.trimmed;
import static org.vfmworkbook.peer.SessionForms.unprocessable;

import java.net.URI;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.vfmworkbook.security.Access;
import org.vfmworkbook.security.CurrentUser;
import org.vfmworkbook.security.Permission;
import org.vfmworkbook.web.FormErrors;

/**
 * One step of a peer-challenge session: the participants' answers side by side, the challenges put to each council and
 * their replies. {@link SessionAccessCheck} decides each method's permission (and that a challenge goes to a participant)
 * before it runs.
 */
@Path("/peer-sessions/{id}")
@Produces(MediaType.TEXT_HTML)
public class SessionStepPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance step(SessionView.StepView step, FormErrors errors);
    }

    private final PeerSessions sessions;
    private final SessionViews views;
    private final CurrentUser currentUser;

    SessionStepPages(PeerSessions sessions, SessionViews views, CurrentUser currentUser) {
        this.sessions = sessions;
        this.views = views;
        this.currentUser = currentUser;
    }

    @Access(Permission.SEE_SESSION)
    @GET
    @Path("/steps/{stepId}")
    public String step(@PathParam("id") long id, @PathParam("stepId") String stepId) {
        return step(id, stepId, FormErrors.none());
    }

    private String step(long id, String stepId, FormErrors errors) {
        return Templates.step(views.step(id, stepId, currentUser.user()), errors)
                .render();
    }

    @Access(Permission.CHALLENGE_IN_SESSION)
    @POST
    @Path("/steps/{stepId}/challenges")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response challenge(
            @PathParam("id") long id, @PathParam("stepId") String stepId, MultivaluedMap<String, String> form) {
        long participant = Long.parseLong(form.getFirst("participant")); // the access filter has checked it is one
        String field = "challenge-to-" + participant;
        String text = trimmed(form.getFirst(field));
        FormErrors errors = textErrors(field, text, "Enter your challenge");
        if (errors.isPresent()) {
            return unprocessable(step(id, stepId, errors));
        }
        sessions.challenge(id, participant, stepId, actor(), text);
        return Response.seeOther(
                        URI.create("/peer-sessions/" + id + "/steps/" + stepId + "#participant-" + participant))
                .build();
    }

    @Access(Permission.REPLY_IN_SESSION)
    @POST
    @Path("/challenges/{commentId}/replies")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reply(
            @PathParam("id") long id, @PathParam("commentId") long commentId, MultivaluedMap<String, String> form) {
        String field = "reply-" + commentId;
        String text = trimmed(form.getFirst(field));
        String stepId = form.getFirst("step");
        FormErrors errors = textErrors(field, text, "Enter your reply");
        if (errors.isPresent() && stepId != null) {
            return unprocessable(step(id, stepId, errors));
        }
        String step = sessions.reply(id, commentId, actor(), text);
        return Response.seeOther(URI.create("/peer-sessions/" + id + "/steps/" + step + "#challenge-" + commentId))
                .build();
    }

    private String actor() {
        return currentUser.required().username();
    }
}
