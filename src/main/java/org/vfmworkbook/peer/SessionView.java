package org.vfmworkbook.peer;

import java.util.List;

import io.quarkus.qute.TemplateData;

import org.vfmworkbook.web.RadioItem;

/**
 * What a session page shows to one signed-in person. Built only from active participants: a withdrawn council's answers
 * never appear. Councils are given by their labels: names, or in an anonymised session letters (the person's own council
 * named).
 *
 * @param withheld some councils are letters to this person because their directors have not released them (ADR 0011)
 * @param facilitator the facilitator's display name (their username is a work e-mail address, which could name a council)
 * @param facilitating whether this person facilitates it (notes and follow-ups)
 * @param ownWorkbooks the person's own council's workbooks that could join (empty when they cannot join)
 */
@TemplateData
public record SessionView(
        long id,
        String title,
        String regionCode,
        String regionName,
        String year,
        String facilitator,
        String notes,
        long version,
        boolean anonymised,
        boolean withheld,
        boolean facilitating,
        List<Participant> participants,
        List<StepLink> steps,
        List<FollowUpView> followUps,
        List<RadioItem> ownWorkbooks) {

    public String href() {
        return "/peer-sessions/" + id;
    }

    public String packHref() {
        return href() + "/pack";
    }

    public String packPdfHref() {
        return href() + "/pack.pdf";
    }

    public String joinAction() {
        return href() + "/participants";
    }

    public String notesAction() {
        return href() + "/notes";
    }

    public String followUpAction() {
        return href() + "/follow-ups";
    }

    public String regionHref() {
        return "/regions/" + regionCode + "?year=" + year + (anonymised ? "&mode=anonymised" : "");
    }

    public String orderNote() {
        return anonymised || withheld
                ? "Councils in letter order (letters drawn for this session), then named councils, never by value"
                : "Councils in alphabetical order, never by value";
    }

    public boolean canJoin() {
        return !ownWorkbooks.isEmpty();
    }

    /** A council taking part; {@code label} is its name or, anonymised, its letter. */
    @TemplateData
    public record Participant(
            long sessionId,
            long participantId,
            long workbookId,
            String councilCode,
            String label,
            boolean withdrawable) {
        public String withdrawAction() {
            return "/peer-sessions/" + sessionId + "/participants/" + workbookId + "/withdraw";
        }

        public String withdrawFormId() {
            return "withdraw-" + participantId;
        }

        public String withdrawLabel() {
            return "Withdraw " + label;
        }
    }

    @TemplateData
    public record StepLink(int number, String id, String title, String href) {}

    @TemplateData
    public record FollowUpView(String what, String owner, String due) {}

    /** One step in the session: the regional measures, and each participant's position and the challenge. */
    @TemplateData
    public record StepView(
            SessionView session,
            int number,
            String stepId,
            String title,
            String question,
            RegionalView.StepMeasures measures,
            List<CouncilPosition> positions) {
        public String challengeAction() {
            return session.href() + "/steps/" + stepId + "/challenges";
        }
    }

    /**
     * A participating council's judgement and explanation for a step, with the challenge and replies, and whether this
     * person may challenge it or reply.
     */
    @TemplateData
    public record CouncilPosition(
            long participantId,
            String councilCode,
            String label,
            String judgement,
            List<Explanation> explanations,
            List<Thread> threads,
            boolean canChallenge,
            boolean canReply) {
        public String anchor() {
            return "participant-" + participantId;
        }

        public String challengeField() {
            return "challenge-to-" + participantId;
        }

        public String challengeLabel() {
            return "Challenge " + label + " on this step";
        }

        public String challengeFormId() {
            return "challenge-form-" + participantId;
        }
    }

    @TemplateData
    public record Explanation(String question, String answer) {}

    /** A challenge and the council's replies to it. */
    @TemplateData
    public record Thread(long sessionId, long commentId, String author, String text, String at, List<Reply> replies) {
        public String replyAction() {
            return "/peer-sessions/" + sessionId + "/challenges/" + commentId + "/replies";
        }

        public String replyField() {
            return "reply-" + commentId;
        }

        public String replyFormId() {
            return "reply-form-" + commentId;
        }

        public String anchor() {
            return "challenge-" + commentId;
        }
    }

    @TemplateData
    public record Reply(String author, String text, String at) {}
}
