package org.vfmworkbook.steps;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of answer a step asks for. */
public enum QuestionType {
    /** A challenge question answered in prose. */
    @JsonProperty("long-text")
    LONG_TEXT,
    /** A challenge question answered yes, no or partly, with an explanation. */
    @JsonProperty("yes-no-partly")
    YES_NO_PARTLY,
    /** The council's red/amber/green judgement on the step. */
    @JsonProperty("rag")
    RAG,
    /** Documents and sources that support the answers. */
    @JsonProperty("evidence")
    EVIDENCE,
    /** SMART actions with an owner and a date. */
    @JsonProperty("actions")
    ACTIONS;

    /** Challenge questions are the ones a council answers in its own words about its own data. */
    public boolean isChallenge() {
        return this == LONG_TEXT || this == YES_NO_PARTLY;
    }
}
