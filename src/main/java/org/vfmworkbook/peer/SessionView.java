package org.vfmworkbook.peer;

import java.util.List;

import io.quarkus.qute.TemplateData;

/** What a session page shows. Built only from active participants: a withdrawn council's answers never appear. */
@TemplateData
public record SessionView(long id, String title, String regionCode, String regionName, String year, String facilitator,
        String notes, long version, List<Participant> participants, List<StepLink> steps, List<FollowUpView> followUps) {

    public String href() {
        return "/peer-sessions/" + id;
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
        return "/regions/" + regionCode + "?year=" + year;
    }

    @TemplateData
    public record Participant(long sessionId, long workbookId, String councilCode, String councilName) {
        public String withdrawAction() {
            return "/peer-sessions/" + sessionId + "/participants/" + workbookId + "/withdraw";
        }

        public String withdrawFormId() {
            return "withdraw-" + workbookId;
        }

        public String withdrawLabel() {
            return "Withdraw " + councilName;
        }
    }

    @TemplateData
    public record StepLink(int number, String id, String title, String href) {
    }

    @TemplateData
    public record FollowUpView(String what, String owner, String due) {
    }

    /** One step in the session: the regional measures, and each participant's position and the challenge. */
    @TemplateData
    public record StepView(SessionView session, int number, String stepId, String title, String question,
            RegionalView.StepMeasures measures, List<CouncilPosition> positions) {
        public String challengeAction() {
            return session.href() + "/steps/" + stepId + "/challenges";
        }
    }

    /** A participating council's judgement and explanation for a step, with the challenge and replies. */
    @TemplateData
    public record CouncilPosition(String councilCode, String councilName, String judgement, List<Explanation> explanations,
            List<Thread> threads) {
        public String challengeField() {
            return "challenge-" + councilCode;
        }

        public String challengeLabel() {
            return "Challenge " + councilName + " on this step";
        }

        public String challengeFormId() {
            return "challenge-form-" + councilCode;
        }
    }

    @TemplateData
    public record Explanation(String question, String answer) {
    }

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
    }

    @TemplateData
    public record Reply(String author, String text, String at) {
    }
}
