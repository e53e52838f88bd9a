package org.vfmworkbook.report;

import static org.vfmworkbook.testing.WorkbookContentBuilder.aWorkbookContent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;

import org.vfmworkbook.report.WorkbookContent.AnswerContent;
import org.vfmworkbook.report.WorkbookContent.FroiContent;
import org.vfmworkbook.web.Link;
import org.vfmworkbook.workbook.WorkbookReportSource;

/**
 * The workbooks report tests ask for, by id, in front of the workbook store: any other id is read from the stored workbooks. The
 * fixtures' ids are far above those the tests' stored workbooks get, so a stored workbook is never hidden behind a fixture.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class FixtureWorkbooks implements WorkbookContentSource {

    public static final long KENT_FULL = 9_000_001;
    public static final long KENT_EMPTY = 9_000_002;
    public static final long HOSTILE = 9_000_003;
    public static final long LEEDS_SIGNED_OFF = 9_000_004;
    public static final long CAMDEN_FULL = 9_000_005;

    public static final String SCRIPT = "<script>alert('owned')</script>";
    public static final String LONG_WORD = "Supercalifragilisticexpialidocious".repeat(6);
    public static final String HOSTILE_TEXT =
            SCRIPT + " Smith & Sons <b>bold</b> Zoë Ångström “quoted” 😀 " + LONG_WORD;

    private static final Map<Long, WorkbookContent> WORKBOOKS = Map.of(
            KENT_FULL,
                    aWorkbookContent()
                            .withId(KENT_FULL)
                            .forCouncil("E10000016")
                            .fullyAnswered()
                            .build(),
            KENT_EMPTY,
                    aWorkbookContent()
                            .withId(KENT_EMPTY)
                            .forCouncil("E10000016")
                            .build(),
            HOSTILE, hostile(),
            LEEDS_SIGNED_OFF,
                    aWorkbookContent()
                            .withId(LEEDS_SIGNED_OFF)
                            .forCouncil("E08000035")
                            .fullyAnswered()
                            .signedOffBy("Director of Adult Social Services", Instant.parse("2023-01-16T10:00:00Z"))
                            .build(),
            CAMDEN_FULL,
                    aWorkbookContent()
                            .withId(CAMDEN_FULL)
                            .forCouncil("E09000007")
                            .fullyAnswered()
                            .build());

    private static WorkbookContent hostile() {
        var builder = aWorkbookContent()
                .withId(HOSTILE)
                .forCouncil("E10000016")
                .withDirectorSummary(HOSTILE_TEXT)
                .answering("spend-per-head", "drivers-of-spend", HOSTILE_TEXT + "\nA second line.")
                .answer(
                        "spend-per-head",
                        "evidence",
                        new AnswerContent(
                                HOSTILE_TEXT,
                                null,
                                List.of(new Link("javascript:alert(1) & more", "javascript:alert(1)"))))
                .choosing("spend-per-head", "judgement", "amber", HOSTILE_TEXT);
        for (int i = 0; i < 40; i++) {
            builder.withAction(
                    "spend-per-head",
                    HOSTILE_TEXT + " action " + i,
                    "Owner & <i>deputy</i>",
                    LocalDate.of(2023, 1, 1).plusDays(i),
                    LONG_WORD,
                    1_000.0 * i,
                    new FroiContent(1.0, 2.0, 3.0, 1, 4.0, 5.0, 6.0, null));
        }
        return builder.build();
    }

    @Inject
    WorkbookReportSource stored;

    /** The fixture with this id, if there is one. */
    static Optional<WorkbookContent> fixture(long workbookId) {
        return Optional.ofNullable(WORKBOOKS.get(workbookId));
    }

    @Override
    public Optional<WorkbookContent> find(long workbookId) {
        return fixture(workbookId).or(() -> stored.find(workbookId));
    }
}
