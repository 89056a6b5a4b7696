package se.telefonpolicy.staffweb.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class DueTimeTest {

    static final Instant NOW = at("2026-12-07T11:00");

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SwedishTime.ZONE).toInstant();
    }

    @Test
    void overdue() {
        DueTime due = DueTime.of(at("2026-12-04T17:00"), NOW);
        assertThat(due.urgency()).isEqualTo(DueTime.Urgency.OVERDUE);
        assertThat(due.words()).isEqualTo("skulle ha ringts senast i fredags 17:00");
        assertThat(due.urgency().cssClass()).isEqualTo("forsenad");
        assertThat(due.urgency().label()).isEqualTo("Försenad");
    }

    @Test
    void dueLaterToday() {
        DueTime due = DueTime.of(at("2026-12-07T17:00"), NOW);
        assertThat(due.urgency()).isEqualTo(DueTime.Urgency.TODAY);
        assertThat(due.words()).isEqualTo("senast i dag 17:00");
        assertThat(due.urgency().label()).isEqualTo("I dag");
    }

    @Test
    void dueLater() {
        DueTime due = DueTime.of(at("2026-12-09T17:00"), NOW);
        assertThat(due.urgency()).isEqualTo(DueTime.Urgency.LATER);
        assertThat(due.words()).isEqualTo("senast onsdag 17:00");
        assertThat(due.urgency().label()).isNull();
    }

    @Test
    void dueThisVeryMomentIsNotYetOverdue() {
        assertThat(DueTime.of(NOW, NOW).urgency()).isEqualTo(DueTime.Urgency.TODAY);
    }
}
