package org.vfmworkbook.peer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.vfmworkbook.findings.CouncilsOverTime;
import org.vfmworkbook.metrics.NationalComparisons;
import org.vfmworkbook.security.User;
import org.vfmworkbook.web.Fmt;
import org.vfmworkbook.web.Table;

/**
 * Assembles the {@link SessionPack} for one person from the session as they may see it, with each measure's trend for the
 * session's councils (as they are labelled to this person) where the metric holds more than one year.
 */
@ApplicationScoped
public class SessionPackAssembler {

    private final SessionViews views;
    private final CouncilsOverTime overTime;
    private final NationalComparisons national;

    SessionPackAssembler(SessionViews views, CouncilsOverTime overTime, NationalComparisons national) {
        this.views = views;
        this.overTime = overTime;
        this.national = national;
    }

    public SessionPack assemble(long sessionId, User user) {
        SessionView session = views.view(sessionId, user);
        List<SessionView.StepView> steps = views.allSteps(sessionId, user);
        return new SessionPack(
                session, steps, Fmt.date(LocalDate.now(ZoneId.of("Europe/London"))), trends(session, steps));
    }

    /** Each metric's table over the years for the session's councils, by metric id; none for a metric of one year. */
    private Map<String, Table> trends(SessionView session, List<SessionView.StepView> steps) {
        Map<String, CouncilsOverTime.Council> councils = new LinkedHashMap<>();
        session.participants()
                .forEach(p -> councils.putIfAbsent(
                        p.councilCode(), new CouncilsOverTime.Council(p.councilCode(), p.label())));
        Map<String, Table> trends = new LinkedHashMap<>();
        for (SessionView.StepView step : steps) {
            for (RegionalView.Measure measure : step.measures().measures()) {
                if (trends.containsKey(measure.metricId())) {
                    continue;
                }
                national.catalogue()
                        .find(measure.metricId())
                        .map(metric -> overTime.table(
                                metric, session.regionCode(), session.regionName(), List.copyOf(councils.values())))
                        .ifPresent(table -> trends.put(measure.metricId(), table));
            }
        }
        return trends;
    }
}
